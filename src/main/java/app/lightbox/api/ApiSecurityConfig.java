package app.lightbox.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own security chain ({@code /api/**}), before the pages' chain: stateless, so the session
 * cookie is never even read here and a browser's login alone authorises nothing (a hostile page cannot
 * post into the library with a member's cookie), hence no CSRF token either. Callers sign in on every
 * request with an API token or HTTP Basic (the account's password, under the login page's throttle).
 * Refusals are problems ({@link ApiProblems}); the challenge is {@code Bearer}, never {@code Basic}, so
 * that no browser offers a password dialog and then keeps sending what was typed into it.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    static final String CHALLENGE = "Bearer realm=\"lightbox\"";
    private static final String[] MEMBERS = {ApiCaller.SCOPE_FULL, "ROLE_USER", "ROLE_ADMIN"};
    private static final String[] UPLOADERS = {ApiCaller.SCOPE_UPLOAD, ApiCaller.SCOPE_FULL, "ROLE_USER", "ROLE_ADMIN"};

    @Bean
    @Order(0)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiProblems problems, ApiTokenService tokens,
            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        AuthenticationEntryPoint notAuthenticated = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            problems.write(response, problems.of(
                    failure instanceof LockedException ? ApiProblem.LOGIN_THROTTLED : ApiProblem.NOT_AUTHENTICATED,
                    request.getLocale()));
        };
        AccessDeniedHandler forbidden = (request, response, denied) ->
                problems.write(response, problems.of(ApiProblem.FORBIDDEN, request.getLocale()));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/images", "/api/images").hasAnyAuthority(UPLOADERS)
                        .anyRequest().hasAnyAuthority(MEMBERS))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // no cookie signs anyone in here, so there is nothing to forge
                .addFilterBefore(ApiTokenAuthenticator.filter(tokens, notAuthenticated::commence,
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
