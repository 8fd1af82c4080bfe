package app.lightbox.api;

import app.lightbox.security.AccountProperties;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * The API's own security chain ({@code /api/**}), before the pages' chain: stateless, so the session
 * cookie is never even read here and a browser's login alone authorises nothing (a hostile page cannot
 * post into the library with a member's cookie), hence no CSRF token either. Callers sign in on every
 * request with an API token or HTTP Basic (the account's password, under the login page's throttle).
 * Refusals are problems ({@link ApiProblems}); the challenge is {@code Bearer}, never {@code Basic}, so
 * that no browser offers a password dialog and then keeps sending what was typed into it. A check of the
 * credentials that fails (the database down) is a {@code server-error}, as is anything else that breaks in
 * the chain ({@link ApiFailureGuard}): never the pages' error page.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfig.class);

    static final String CHALLENGE = "Bearer realm=\"lightbox\"";
    private static final String[] MEMBERS = {ApiCaller.SCOPE_FULL, "ROLE_USER", "ROLE_ADMIN"};
    private static final String[] UPLOADERS = {ApiCaller.SCOPE_UPLOAD, ApiCaller.SCOPE_FULL, "ROLE_USER", "ROLE_ADMIN"};

    @Bean
    @Order(0)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiProblems problems, ApiTokenService tokens,
            AccountProperties accounts, ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        String lockout = String.valueOf(accounts.login().lockout().toSeconds());
        AuthenticationEntryPoint notAuthenticated = (request, response, failure) -> {
            Locale locale = ApiProblems.locale(request);
            if (failure instanceof AuthenticationServiceException) {
                // the check itself failed (the database down): no answer about the credentials either way
                log.error("Could not check the credentials of the API call {} {}", request.getMethod(),
                        request.getRequestURI(), failure);
                problems.write(response, problems.of(ApiProblem.SERVER_ERROR, locale));
                return;
            }
            response.setHeader("WWW-Authenticate", CHALLENGE);
            if (failure instanceof LockedException) {
                // at most this long: the lock is counted from the last wrong password
                response.setHeader("Retry-After", lockout);
            }
            problems.write(response, problems.of(
                    failure instanceof LockedException ? ApiProblem.LOGIN_THROTTLED : ApiProblem.NOT_AUTHENTICATED,
                    locale));
        };
        AccessDeniedHandler forbidden = (request, response, denied) ->
                problems.write(response, problems.of(ApiProblem.FORBIDDEN, ApiProblems.locale(request)));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/images", "/api/images").hasAnyAuthority(UPLOADERS)
                        .anyRequest().hasAnyAuthority(MEMBERS))
                // nor is a session ever touched: a browser's cookie sent along keeps its session as it was (the
                // default strategy would give a signed-in call's session a new id, and the browser a cookie)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // no cookie signs anyone in here, so there is nothing to forge
                .addFilterBefore(new ApiFailureGuard(problems), DisableEncodeUrlFilter.class)
                .addFilterBefore(new ApiTokenAuthenticator(tokens, notAuthenticated,
                                // Vaadin's strategy, which the chain's own filters use too
                                contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy)),
                        BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(notAuthenticated))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(notAuthenticated)
                        .accessDeniedHandler(forbidden));
        // Spring Security's default headers stay: nosniff, no caching, no framing.
        return http.build();
    }
}
