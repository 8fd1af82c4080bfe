package app.lightbox.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The language of the pages: the browser's by default (Vaadin matches Accept-Language against the
 * provided locales), or the one picked in the user menu, remembered in a cookie. The page's
 * {@code <html lang>} follows it.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "lightbox-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> fromCookie(init.getRequest())
                .ifPresent(init.getSession()::setLocale));
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale locale = session != null ? session.getLocale() : fromCookie(response.getVaadinRequest())
                    .orElse(MessageBundles.ENGLISH);
            response.getDocument().getElementsByTag("html").attr("lang", MessageBundles.supported(locale).toLanguageTag());
        });
    }

    /** Switches the session's language, remembers it, and reloads so that every text and the page language follow. */
    public static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale chosen = MessageBundles.supported(locale);
        session.setLocale(chosen);
        Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        // Like the session cookie: not sent with requests that other sites start.
        cookie.setAttribute("SameSite", "Lax");
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        com.vaadin.flow.component.UI.getCurrent().getPage().reload();
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> MessageBundles.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst();
    }
}
