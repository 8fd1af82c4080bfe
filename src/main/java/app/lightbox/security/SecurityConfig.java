package app.lightbox.security;

import app.lightbox.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * Image downloads ({@code /files/**}): capabilities that anyone holding a link may use, so a chain of
     * their own that keeps the pages' work off every image request: no session looked up or made, no CSRF
     * token, no remember-me login, no saved request; only the headers every response gets (each download
     * sets its own stricter policy first, see {@link PageHeaders}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain downloadsFilterChain(HttpSecurity http, PageHeaders pageHeaders) throws Exception {
        http.securityMatcher("/files/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // nothing here changes anything: GET and HEAD only
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .addHeaderWriter(pageHeaders));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, VaadinDefaultRequestCache vaadinRequestCache,
            RequestUtil vaadinRequests, PageHeaders pageHeaders, RememberMeServices rememberMeServices)
            throws Exception {
        // After the login, back to the page asked for at its own address (Spring Security would add
        // "?continue" to it to spare a session look-up on other requests; this app has few).
        HttpSessionRequestCache sessionRequestCache = new HttpSessionRequestCache();
        sessionRequestCache.setMatchingRequestParameterName(null);
        vaadinRequestCache.setDelegateRequestCache(sessionRequestCache);
        // Download links are capabilities: whoever holds one may fetch the file (blog posts, chat, Markdown).
        http.authorizeHttpRequests(auth -> auth
                // Spring Boot's error page: a refused request (bad path, firewall) gets its status, not a login redirect.
                .requestMatchers("/error").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token, so Spring's is not asked of them. Vaadin would
        // also exempt the login page, and with it the login form's POST: a page on any other site could
        // then log a visitor in to an account of its choice. The login form sends Spring's token (from
        // the page's _csrf meta tags), so the POST is checked; without the token it is refused, and a
        // visitor whose login page outlived its session is sent back to a fresh one.
        http.csrf(csrf -> csrf
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                // On the filter itself: Vaadin's configurer replaces the chain's access-denied handler later.
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <F extends CsrfFilter> F postProcess(F filter) {
                        filter.setAccessDeniedHandler(new ExpiredLoginPage());
                        return filter;
                    }
                }));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .addHeaderWriter(pageHeaders));
        // "Keep me signed in" (RememberedLogins); its services are also a logout handler, which Vaadin's
        // logout runs too, so logging out deletes the browser's token.
        http.rememberMe(remember -> remember.rememberMeServices(rememberMeServices));
        // Any other request needs a login (Vaadin's default is to refuse it outright), so that a logged-in
        // user who mistypes a URL gets the not-found view instead of a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /** The one way to sign in by password, for the login form and the API's HTTP Basic alike. */
    @Bean
    DaoAuthenticationProvider passwordSignIn(AccountDetailsService accounts, PasswordEncoder passwords) {
        return PasswordSignIn.provider(accounts, passwords);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
