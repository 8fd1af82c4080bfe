package app.lightbox.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a login without a valid CSRF token gets: the login page again, saying so ({@code /login?expired}),
 * instead of a bare 403. A real visitor gets there when the login page outlived its session (a laptop
 * asleep, a restart); a forged login from another site ends there too, logged in to nothing. Any other
 * request without its token is refused with 403.
 */
public class ExpiredLoginPage implements AccessDeniedHandler {

    /** The query parameter that tells the login page to say why it is shown again. */
    public static final String PARAMETER = "expired";

    private static final String LOGIN = "/login";

    private static final RequestMatcher LOGIN_POST =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);

    private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (LOGIN_POST.matches(request)) {
            response.sendRedirect(request.getContextPath() + LOGIN + "?" + PARAMETER);
        } else {
            others.handle(request, response, refused);
        }
    }
}
