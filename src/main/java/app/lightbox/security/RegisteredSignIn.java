package app.lightbox.security;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a member in to the session of the request that registered them, as the login form would have:
 * the session gets a new id (whoever knew the old one, say from a shared computer, is not signed in with
 * it), a new CSRF token, and the authentication is saved where the next requests look for it.
 *
 * <p>No password is checked, so the login throttle has no say: it slows down guesses at a password,
 * and this member chose theirs a moment ago. Failed logins for the name from before it was taken
 * (unknown names are counted too) must not lock its new owner out.
 */
@Component
public class RegisteredSignIn {

    /** Where Vaadin keeps the address of a view it refused to a visitor before it showed the login view. */
    private static final String REFUSED_VIEW = NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE;

    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SessionAuthenticationStrategy newSession = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(),
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
    private final RequestCache savedRequests;

    RegisteredSignIn(VaadinDefaultRequestCache savedRequests, SecurityContextHolderStrategy contexts) {
        this.savedRequests = savedRequests;
        this.contexts = contexts;
    }

    /**
     * Signs the account in and returns where to take the member: the page they asked for before they
     * were sent to log in (and went on to register), else {@code fallback}.
     */
    public String signIn(Registration.Registered registered, HttpServletRequest request,
            HttpServletResponse response, String fallback) {
        AccountPrincipal principal = AccountPrincipal.of(registered.user());
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails(request));
        authentication.eraseCredentials(); // the session keeps no password hash, as after a login
        String target = pageAskedFor(request, response);
        newSession.onAuthentication(authentication, request, response);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
        return target != null ? target : fallback;
    }

    /** The request that was sent to the login page, or the view that Vaadin's navigation refused. */
    private @Nullable String pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = savedRequests.getRequest(request, response);
        if (saved != null) {
            savedRequests.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(REFUSED_VIEW) instanceof String refused) {
            session.removeAttribute(REFUSED_VIEW);
            return refused;
        }
        return null;
    }
}
