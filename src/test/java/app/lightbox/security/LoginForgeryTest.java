package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login POST needs Spring Security's CSRF token, which only a page of this app has: real HTTP
 * against a running server, each {@link HttpBrowser} with a cookie jar of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginForgeryTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String LOGGED_IN = "/";
    private static final String EXPIRED = "/login?expired";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Test
    void a_login_from_the_login_page_with_its_token_logs_in() throws Exception {
        String name = account();
        HttpBrowser browser = newBrowser();
        String token = browser.openLoginPage();

        HttpResponse<String> response = browser.logIn(name, PASSWORD, token, Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(path(response)).isEqualTo(LOGGED_IN);
        assertThat(browser.isLoggedIn()).isTrue();
    }

    @Test
    void a_login_without_the_token_is_refused_and_sent_to_a_fresh_login_page() throws Exception {
        String name = account();
        HttpBrowser browser = newBrowser();
        browser.openLoginPage();

        HttpResponse<String> response = browser.logIn(name, PASSWORD, null, Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(path(response)).isEqualTo(EXPIRED);
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void a_login_posted_from_another_origin_without_a_session_is_refused() throws Exception {
        String name = account();
        HttpBrowser browser = newBrowser(); // what curl, or a page on another site, sends

        HttpResponse<String> response = browser.logIn(name, PASSWORD, null,
                Map.of("Origin", "http://evil.example", "Referer", "http://evil.example/kittens.html"));

        assertThat(path(response)).isEqualTo(EXPIRED);
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void a_token_from_another_session_does_not_do() throws Exception {
        String name = account();
        String attackersToken = newBrowser().openLoginPage();
        HttpBrowser victim = newBrowser();
        victim.openLoginPage();

        HttpResponse<String> response = victim.logIn(name, PASSWORD, attackersToken, Map.of());

        assertThat(path(response)).isEqualTo(EXPIRED);
        assertThat(victim.isLoggedIn()).isFalse();
    }

    @Test
    void marking_the_login_as_a_vaadin_request_does_not_exempt_it() throws Exception {
        String name = account();
        HttpBrowser browser = newBrowser();
        browser.openLoginPage();

        HttpResponse<String> response = browser.post("/login?v-r=uidl&v-uiId=0",
                Map.of("username", name, "password", PASSWORD), Map.of());

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void forged_logins_with_wrong_passwords_count_for_nothing_so_they_cannot_lock_a_member_out() throws Exception {
        String name = account();
        for (int i = 1; i <= 6; i++) {
            assertThat(path(newBrowser().logIn(name, "guess " + i, null, Map.of()))).isEqualTo(EXPIRED);
        }

        HttpBrowser member = newBrowser();
        HttpResponse<String> response = member.logIn(name, PASSWORD, member.openLoginPage(), Map.of());

        assertThat(path(response)).isEqualTo(LOGGED_IN);
    }

    @Test
    void failed_logins_with_the_token_still_count_towards_the_lock() throws Exception {
        String name = account();
        HttpBrowser guesser = newBrowser();
        for (int i = 1; i <= 5; i++) {
            String token = guesser.openLoginPage();
            assertThat(path(guesser.logIn(name, "guess " + i, token, Map.of()))).isEqualTo("/login?error");
        }

        HttpResponse<String> response = guesser.logIn(name, PASSWORD, guesser.openLoginPage(), Map.of());

        assertThat(path(response)).as("the right password while locked").isEqualTo("/login?error");
        assertThat(guesser.isLoggedIn()).isFalse();
    }

    @Test
    void the_session_cookie_is_not_sent_with_requests_that_other_sites_start() throws Exception {
        HttpBrowser browser = newBrowser();
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(browser.uri("/login")));

        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().asString().contains("; SameSite=Lax").contains("; HttpOnly");
    }

    // --- helpers

    private String account() {
        String name = "forgery-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, PASSWORD);
        return name;
    }

    private static String path(HttpResponse<?> response) {
        return HttpBrowser.path(response);
    }

    private HttpBrowser newBrowser() {
        return new HttpBrowser(port);
    }
}
