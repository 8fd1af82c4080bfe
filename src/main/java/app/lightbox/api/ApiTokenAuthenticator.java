package app.lightbox.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer <token>}: reads the header (the scheme in any
 * case, the token only from there, never from a URL) and checks the token with {@link ApiTokenService}.
 * A call without such a header passes on untouched (to HTTP Basic, or to the refusal); a wrong, expired
 * or revoked token is refused at once, and a check that fails (the database down) is an
 * {@link AuthenticationServiceException} for the refusal to answer as a server error.
 *
 * <p>A filter of its own rather than Spring Security's {@code AuthenticationFilter}, which rotates the id of
 * any session the request has: a call that also carried a browser's session cookie would change that
 * browser's session and answer with a cookie. This one never touches the session.
 *
 * <p>Not a bean: Spring Boot would register a filter bean for every request.
 */
final class ApiTokenAuthenticator extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticator.class);
    private static final String SCHEME = "bearer ";

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param refusal answers a token that does not do
     * @param contexts the strategy the chain's other filters use, or the caller is forgotten before authorisation
     */
    ApiTokenAuthenticator(ApiTokenService tokens, AuthenticationEntryPoint refusal,
            SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.refusal = refusal;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AuthenticatedToken> token;
        try {
            token = tokens.authenticate(header.substring(SCHEME.length()).strip());
        } catch (RuntimeException e) {
            refuse(request, response, new AuthenticationServiceException("Could not check an API token", e));
            return;
        }
        if (token.isEmpty()) {
            // the message goes to logs at most: it names no token
            refuse(request, response, new BadCredentialsException("Unknown, expired or revoked API token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(ApiTokenAuthentication.of(token.get()));
        contexts.setContext(context);
        log.debug("Signed in {} with an API token", context.getAuthentication());
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        log.debug("Refused an API call: {}", failure.getMessage());
        contexts.clearContext();
        refusal.commence(request, response, failure);
    }
}
