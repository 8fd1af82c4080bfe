package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/** A member who has just registered is signed in to the session of that request, as a login would. */
@SpringBootTest
class RegisteredSignInTest {

    private static final String FRONT_PAGE = "/";

    @Autowired
    RegisteredSignIn signIn;

    @Autowired
    UserAccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    DataSource dataSource;

    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Autowired
    VaadinDefaultRequestCache requestCache;

    /** The visitor's browser came with the cookie of a session that exists (the register page's). */
    @BeforeEach
    void start_from_an_empty_database_and_a_visitor_session() {
        TestDatabase.truncateAll(dataSource);
        request.getSession();
        request.setRequestedSessionIdValid(true);
    }

    @AfterEach
    void forget_the_sign_in() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_first_account_is_signed_in_as_the_administrator() {
        Authentication signedIn = signIn("root");

        assertThat(signedIn.getName()).isEqualTo("root");
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class,
                principal -> assertThat(principal.actor().admin()).isTrue());
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
    }

    @Test
    void a_later_account_is_signed_in_as_a_member() {
        accounts.register("root", "correct horse");

        Authentication signedIn = signIn("dave");

        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_USER");
    }

    @Test
    void the_session_gets_a_new_id_and_a_new_csrf_token_and_keeps_the_sign_in_for_the_next_requests() {
        String oldId = request.getSession().getId();
        HttpSessionCsrfTokenRepository csrf = new HttpSessionCsrfTokenRepository();
        CsrfToken oldToken = csrf.generateToken(request);
        csrf.saveToken(oldToken, request, response);

        signIn("carol");

        assertThat(request.getSession().getId()).as("against session fixation").isNotEqualTo(oldId);
        assertThat(csrf.loadToken(request)).as("the token of the visitor's page").isNotEqualTo(oldToken);
        assertThat(request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isInstanceOfSatisfying(SecurityContext.class,
                        saved -> assertThat(saved.getAuthentication().getName()).isEqualTo("carol"));
    }

    @Test
    void goes_on_to_the_front_page_when_nothing_else_was_asked_for() {
        assertThat(signInGoesTo("erin")).isEqualTo(FRONT_PAGE);
    }

    @Test
    void goes_on_to_the_page_that_sent_the_visitor_to_the_login() {
        MockHttpServletRequest askedFor = new MockHttpServletRequest("GET", "/images");
        askedFor.setSession(request.getSession());
        requestCache.saveRequest(askedFor, response);

        assertThat(signInGoesTo("frank")).isEqualTo("http://localhost/images");
        assertThat(signInGoesTo("grace")).as("only once").isEqualTo(FRONT_PAGE);
    }

    @Test
    void goes_on_to_the_view_that_vaadin_refused_to_the_visitor() {
        request.getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE,
                "http://localhost/drafts");

        assertThat(signInGoesTo("heidi")).isEqualTo("http://localhost/drafts");
    }

    @Test
    void failed_logins_for_the_name_from_before_it_was_taken_do_not_keep_its_new_owner_out() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("ivan", request.getRemoteAddr());
        }
        assertThat(throttle.isLocked("ivan", request.getRemoteAddr())).isTrue();

        assertThat(signIn("ivan").isAuthenticated()).isTrue();
    }

    private Authentication signIn(String name) {
        signInGoesTo(name);
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private String signInGoesTo(String name) {
        Registration registration = accounts.register(name, "correct horse");
        assertThat(registration).isInstanceOf(Registration.Registered.class);
        return signIn.signIn((Registration.Registered) registration, request, response, FRONT_PAGE);
    }
}
