package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login POST needs Spring Security's CSRF token, which only a page of this app has: real HTTP
 * against a running server, each {@link Browser} with a cookie jar of its own.
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
        Browser browser = new Browser();
        String token = browser.openLoginPage();

        HttpResponse<String> response = browser.logIn(name, PASSWORD, token, Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(path(response)).isEqualTo(LOGGED_IN);
        assertThat(browser.isLoggedIn()).isTrue();
    }

    @Test
    void a_login_without_the_token_is_refused_and_sent_to_a_fresh_login_page() throws Exception {
        String name = account();
        Browser browser = new Browser();
        browser.openLoginPage();

        HttpResponse<String> response = browser.logIn(name, PASSWORD, null, Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(path(response)).isEqualTo(EXPIRED);
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void a_login_posted_from_another_origin_without_a_session_is_refused() throws Exception {
        String name = account();
        Browser browser = new Browser(); // what curl, or a page on another site, sends

        HttpResponse<String> response = browser.logIn(name, PASSWORD, null,
                Map.of("Origin", "http://evil.example", "Referer", "http://evil.example/kittens.html"));

        assertThat(path(response)).isEqualTo(EXPIRED);
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void a_token_from_another_session_does_not_do() throws Exception {
        String name = account();
        String attackersToken = new Browser().openLoginPage();
        Browser victim = new Browser();
        victim.openLoginPage();

        HttpResponse<String> response = victim.logIn(name, PASSWORD, attackersToken, Map.of());

        assertThat(path(response)).isEqualTo(EXPIRED);
        assertThat(victim.isLoggedIn()).isFalse();
    }

    @Test
    void marking_the_login_as_a_vaadin_request_does_not_exempt_it() throws Exception {
        String name = account();
        Browser browser = new Browser();
        browser.openLoginPage();

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", name, "password", PASSWORD))));

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void forged_logins_with_wrong_passwords_count_for_nothing_so_they_cannot_lock_a_member_out() throws Exception {
        String name = account();
        for (int i = 1; i <= 6; i++) {
            assertThat(path(new Browser().logIn(name, "guess " + i, null, Map.of()))).isEqualTo(EXPIRED);
        }

        Browser member = new Browser();
        HttpResponse<String> response = member.logIn(name, PASSWORD, member.openLoginPage(), Map.of());

        assertThat(path(response)).isEqualTo(LOGGED_IN);
    }

    @Test
    void failed_logins_with_the_token_still_count_towards_the_lock() throws Exception {
        String name = account();
        Browser guesser = new Browser();
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
        HttpResponse<String> response = new Browser().send(HttpRequest.newBuilder(uri("/login")));

        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().asString().contains("; SameSite=Lax").contains("; HttpOnly");
    }

    // --- helpers

    private String account() {
        String name = "forgery-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, PASSWORD);
        return name;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String path(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** A client with cookies of its own and no redirects followed, as a browser's window would be. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Loads the login page and returns the CSRF token its login form sends. */
        String openLoginPage() throws IOException, InterruptedException {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")));
            assertThat(page.statusCode()).isEqualTo(200);
            return Jsoup.parse(page.body()).selectFirst("meta[name=_csrf]").attr("content");
        }

        HttpResponse<String> logIn(String name, String password, String token, Map<String, String> headers)
                throws IOException, InterruptedException {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("username", name, "password", password));
            if (token != null) {
                fields.put("_csrf", token);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(form(fields));
            headers.forEach(request::header);
            return send(request);
        }

        /** Whether a page that needs a login is served, rather than a redirect to the login. */
        boolean isLoggedIn() throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri("/drafts"))).statusCode() == 200;
        }
    }
}
