package app.lightbox.security.ui;

import app.lightbox.security.ExpiredLoginPage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginPostForm form = new LoginPostForm("login");

    LoginView() {
        addClassName("auth-page");
        VerticalLayout card = new VerticalLayout();
        card.addClassName("auth-card");
        RouterLink register = new RouterLink(getTranslation("security.login.register-link"), RegisterView.class);
        card.add(new H1(getTranslation("security.login.title")), form, new Paragraph(register));
        add(card);
    }

    /**
     * After a failed login ({@code ?error}) the form says why and keeps the name typed. The name comes from
     * the failure Spring Security left in the session, never from the address, so that no link can put
     * words into the form.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Object failure = parameters.containsKey("error") ? takeFailure() : null;
        if (parameters.containsKey(ExpiredLoginPage.PARAMETER)) {
            showError("security.login.expired");
        } else if (parameters.containsKey("error")) {
            // A throttled name is a locked account to Spring Security (see AccountDetailsService).
            showError(failure instanceof LockedException ? "security.login.locked"
                    : failure instanceof DisabledException ? "security.login.disabled" : "security.login.failed");
        }
        if (failure instanceof AuthenticationException refused && refused.getAuthenticationRequest() != null) {
            form.fillUsername(refused.getAuthenticationRequest().getName());
        }
        CsrfToken token = csrfToken();
        if (token != null) {
            form.setCsrfToken(token);
        }
    }

    /**
     * The failure Spring Security left in the session, read once: a later visit to the form (on a shared
     * computer, say) does not show the name again, which may have been a password typed in the wrong field.
     */
    private static @Nullable Object takeFailure() {
        var session = VaadinSession.getCurrent().getSession();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure;
    }

    private void showError(String key) {
        form.showError(getTranslation(key + ".title"), getTranslation(key + ".message"));
    }

    /** The token that Spring Security's CSRF filter left on the request showing this view. */
    private static @Nullable CsrfToken csrfToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                ? token : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }
}
