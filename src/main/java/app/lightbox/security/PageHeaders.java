package app.lightbox.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The defence-in-depth headers of every page: {@link ContentSecurityPolicy}, no MIME sniffing, and a
 * referrer that names only the origin to other sites.
 *
 * <p>Spring Security writes them (as a {@link HeaderWriter}) for what it answers itself, but Vaadin's
 * pages are completed without its header writer getting a turn (measured: {@code /login} reached the
 * browser with Vaadin's own X-Frame-Options and nothing else). So Vaadin's page listener writes them
 * too, and gives the page's inline scripts a nonce of their own. Whichever writes a header first wins:
 * a response that sets its own policy (image downloads) keeps it, and gets no second one.
 */
@Component
class PageHeaders implements HeaderWriter, VaadinServiceInitListener {

    static final String CSP = "Content-Security-Policy";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private final ContentSecurityPolicy policy;
    private final SecureRandom random;

    PageHeaders(ContentSecurityPolicy policy, SecureRandom random) {
        this.policy = policy;
        this.random = random;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        writeHeaders(response, policy.withoutNonce());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::secure);
    }

    private void secure(IndexHtmlResponse page) {
        String nonce = nonce();
        page.getDocument().select("script").attr("nonce", nonce);
        // A VaadinServletResponse is the servlet response itself (a wrapper of it).
        if (page.getVaadinResponse() instanceof VaadinServletResponse response) {
            writeHeaders(response, policy.forPage(nonce));
        }
    }

    private static void writeHeaders(HttpServletResponse response, String contentSecurityPolicy) {
        setIfAbsent(response, CSP, contentSecurityPolicy);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "Referrer-Policy", REFERRER_POLICY);
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }

    /** 128 random bits, new for every page. */
    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
