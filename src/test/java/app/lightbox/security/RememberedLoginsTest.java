package app.lightbox.security;

import static app.lightbox.security.HttpBrowser.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Keep me signed in": the login form's checkbox leaves a remember-me cookie whose token is kept in the
 * database, so that a browser without its session (closed, or the server restarted) is still signed in;
 * logging out and changing the password end it. Real HTTP against a running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RememberedLoginsTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Map<String, String> KEEP_ME_SIGNED_IN = Map.of(RememberedLogins.PARAMETER, "on");

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keep_me_signed_in_leaves_a_cookie_for_thirty_days_that_scripts_and_other_sites_do_not_get()
            throws Exception {
        String name = account();
        HttpBrowser browser = new HttpBrowser(port);

        HttpResponse<String> response = logIn(browser, name, KEEP_ME_SIGNED_IN);

        assertThat(path(response)).isEqualTo("/");
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("remember-me="))
                .singleElement().asString()
                .contains("; Max-Age=" + Duration.ofDays(30).toSeconds())
                .contains("; HttpOnly").contains("; SameSite=Lax")
                .doesNotContain("Secure"); // plain HTTP here; over HTTPS the cookie is Secure
        assertThat(tokensOf(name)).isEqualTo(1);
    }

    @Test
    void without_the_tick_no_token_is_kept() throws Exception {
        String name = account();
        HttpBrowser browser = new HttpBrowser(port);

        logIn(browser, name, Map.of());

        assertThat(browser.cookie(RememberedLogins.COOKIE)).isEmpty();
        assertThat(tokensOf(name)).isZero();
        browser.forgetSession();
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void a_browser_that_lost_its_session_is_signed_in_again_from_the_cookie() throws Exception {
        String name = account();
        HttpBrowser browser = keptSignedIn(name);
        String firstToken = rememberMeCookie(browser);

        browser.forgetSession();

        assertThat(browser.isLoggedIn()).isTrue();
        assertThat(rememberMeCookie(browser)).as("a new token at each use").isNotEqualTo(firstToken);
        assertThat(tokensOf(name)).isEqualTo(1);
    }

    @Test
    void logging_out_deletes_the_token_so_the_cookie_signs_in_no_more() throws Exception {
        String name = account();
        HttpBrowser browser = keptSignedIn(name);
        String cookie = rememberMeCookie(browser);

        HttpResponse<String> logout = browser.post("/logout", Map.of("_csrf", browser.openLoginPage()), Map.of());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(tokensOf(name)).isZero();
        assertThat(browser.cookie(RememberedLogins.COOKIE)).as("the cookie is cleared too").isEmpty();
        assertThat(signsIn(cookie)).as("a copy of the old cookie").isFalse();
    }

    @Test
    void logging_out_on_one_browser_leaves_the_members_other_remembered_browsers_signed_in() throws Exception {
        String name = account();
        HttpBrowser laptop = keptSignedIn(name);
        HttpBrowser phone = keptSignedIn(name);
        String phoneCookie = rememberMeCookie(phone);

        laptop.post("/logout", Map.of("_csrf", laptop.openLoginPage()), Map.of());

        assertThat(tokensOf(name)).isEqualTo(1);
        assertThat(signsIn(phoneCookie)).as("the phone's cookie").isTrue();
    }

    @Test
    void a_password_change_signs_out_every_browser_kept_signed_in() throws Exception {
        String name = account();
        HttpBrowser laptop = keptSignedIn(name);
        keptSignedIn(name); // a phone
        String other = account();
        keptSignedIn(other);
        assertThat(tokensOf(name)).isEqualTo(2);

        assertThat(accounts.changePassword(actor(name), "a brand new password")).isEmpty();

        assertThat(tokensOf(name)).isZero();
        assertThat(tokensOf(other)).as("another member's").isEqualTo(1);
        laptop.forgetSession();
        assertThat(laptop.isLoggedIn()).isFalse();
    }

    @Test
    void a_refused_new_password_changes_nothing() throws Exception {
        String name = account();
        keptSignedIn(name);

        assertThat(accounts.changePassword(actor(name), "short")).hasValueSatisfying(
                refused -> assertThat(refused.reason()).isEqualTo(Registration.Reason.PASSWORD_TOO_SHORT));

        assertThat(tokensOf(name)).isEqualTo(1);
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(path(browser.logIn(name, PASSWORD, browser.openLoginPage(), Map.of()))).isEqualTo("/");
    }

    @Test
    void the_cookie_signs_in_even_while_password_guesses_lock_the_name() throws Exception {
        String name = account();
        HttpBrowser member = keptSignedIn(name);
        HttpBrowser guesser = new HttpBrowser(port); // on the same address, as in an office
        for (int i = 1; i <= 6; i++) {
            guesser.logIn(name, "guess " + i, guesser.openLoginPage(), Map.of());
        }

        member.forgetSession();

        assertThat(member.isLoggedIn()).isTrue();
    }

    @Test
    void a_disabled_accounts_remembered_browsers_sign_in_no_more_nor_after_it_is_enabled_again() throws Exception {
        String name = account();
        String cookie = rememberMeCookie(keptSignedIn(name));
        String other = account();
        String othersCookie = rememberMeCookie(keptSignedIn(other));
        long id = actor(name).id();

        assertThat(accounts.disable(AccountDetailsServiceTest.ADMIN, id)).isEmpty();

        assertThat(signsIn(cookie)).isFalse();
        assertThat(tokensOf(name)).isZero();
        accounts.enable(AccountDetailsServiceTest.ADMIN, id);
        assertThat(signsIn(cookie)).as("after enabling").isFalse();
        assertThat(signsIn(othersCookie)).as("another member's").isTrue();
    }

    @Test
    void a_disabled_account_cannot_log_in_with_its_password() throws Exception {
        String name = account();
        accounts.disable(AccountDetailsServiceTest.ADMIN, actor(name).id());
        HttpBrowser browser = new HttpBrowser(port);

        HttpResponse<String> response = browser.logIn(name, PASSWORD, browser.openLoginPage(), Map.of());

        assertThat(path(response)).isEqualTo("/login?error");
        assertThat(browser.isLoggedIn()).isFalse();
    }

    // --- helpers

    private HttpResponse<String> logIn(HttpBrowser browser, String name, Map<String, String> extra)
            throws Exception {
        String token = browser.openLoginPage();
        Map<String, String> fields = new LinkedHashMap<>(extra);
        fields.put("username", name);
        fields.put("password", PASSWORD);
        fields.put("_csrf", token);
        HttpResponse<String> response = browser.post("/login", fields, Map.of());
        assertThat(path(response)).as("logged in").isEqualTo("/");
        return response;
    }

    private HttpBrowser keptSignedIn(String name) throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        logIn(browser, name, KEEP_ME_SIGNED_IN);
        return browser;
    }

    private static String rememberMeCookie(HttpBrowser browser) {
        return browser.cookie(RememberedLogins.COOKIE).orElseThrow().getValue();
    }

    /** Whether a browser that holds nothing but this remember-me cookie is served a members' page. */
    private boolean signsIn(String rememberMeCookie) throws Exception {
        HttpBrowser thief = new HttpBrowser(port);
        return thief.send(HttpRequest.newBuilder(thief.uri("/drafts"))
                .header("Cookie", RememberedLogins.COOKIE + "=" + rememberMeCookie)).statusCode() == 200;
    }

    private int tokensOf(String name) {
        return jdbc.sql("select count(*) from persistent_logins where username = :name")
                .param("name", name).query(Integer.class).single();
    }

    private Actor actor(String name) {
        return accounts.findByUsername(name).orElseThrow().toActor();
    }

    private String account() {
        String name = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, PASSWORD);
        return name;
    }
}
