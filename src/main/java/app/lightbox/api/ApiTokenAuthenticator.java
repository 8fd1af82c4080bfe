package app.lightbox.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Signs in API calls that carry {@code Authorization: Bearer <token>}: reads the header (the scheme in any
 * case, the token only from there, never from a URL) and checks the token with {@link ApiTokenService}.
 * A call without such a header passes on untouched (to HTTP Basic, or to the refusal); a wrong, expired
 * or revoked token is refused at once.
 *
 * <p>Neither this nor its filter is a bean: Spring Boot would register a filter bean for every request,
 * and Spring Security would take a provider bean as the whole application's, in place of the accounts'.
 */
final class ApiTokenAuthenticator implements AuthenticationConverter, AuthenticationProvider {

    private static final String SCHEME = "bearer ";

    private final ApiTokenService tokens;

    private ApiTokenAuthenticator(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /**
     * The filter for the API's chain; {@code refusal} answers a token that does not do, and {@code contexts}
     * must be the strategy the chain's other filters use, or the caller is forgotten before authorisation.
     */
    static AuthenticationFilter filter(ApiTokenService tokens, AuthenticationFailureHandler refusal,
            SecurityContextHolderStrategy contexts) {
        ApiTokenAuthenticator authenticator = new ApiTokenAuthenticator(tokens);
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(authenticator), authenticator);
        filter.setSecurityContextHolderStrategy(contexts);
        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        // go on to the API itself (the default would redirect to "/", as after a login form)
        filter.setSuccessHandler((request, response, authentication) -> {});
        filter.setFailureHandler(refusal);
        return filter;
    }

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return null;
        }
        return ApiTokenAuthentication.presented(header.substring(SCHEME.length()).strip());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String secret = String.valueOf(authentication.getCredentials());
        // the message goes to logs at most: it names no token
        return tokens.authenticate(secret).map(ApiTokenAuthentication::of)
                .orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked API token"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
