package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Login CSRF: a page on another site that posts an account's name and password to {@code /login}
 * must not log the visitor in to that account, while the login page itself keeps working; and the
 * app's cookies stay home when other sites start a request.
 */
class LoginForgeryBrowserIT extends BrowserTest {

    /** Another site: 127.0.0.1 is another origin, and another site, than the app's localhost. */
    private HttpServer otherSite;
    private String forgedAccount;

    @BeforeEach
    void startAnotherSite() throws IOException {
        forgedAccount = newAccount("mallory");
        String page = """
                <!doctype html>
                <title>Free kittens</title>
                <form method="post" action="http://localhost:%d/login">
                  <input name="username" value="%s"><input name="password" value="%s">
                </form>
                <script>document.forms[0].submit()</script>
                """.formatted(port, forgedAccount, PASSWORD);
        otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        otherSite.start();
    }

    @AfterEach
    void stopTheOtherSite() {
        otherSite.stop(0);
    }

    /** Opens the other site's page, which posts its form at once, and waits for the app's answer. */
    private void visitTheOtherSite() {
        page.navigate("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/",
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.waitForURL("http://localhost:" + port + "/**");
        page.waitForLoadState();
        waitForVaadin();
    }

    @Test
    void a_page_on_another_site_cannot_log_a_visitor_in_to_an_account_of_its_choice() {
        visitTheOtherSite();

        assertThat(path(page)).isEqualTo("/login");
        open("/");
        assertThat(new UserMenu(page).label()).as("still a visitor").isEqualTo("Menu");
    }

    @Test
    void a_visitor_sent_to_the_login_page_by_a_forged_login_can_log_in_there_to_their_own_account() {
        String name = newAccount("visitor");
        visitTheOtherSite();
        LoginPage login = new LoginPage(page);
        assertThat(login.error()).contains("Please log in again");

        login.login(name, PASSWORD);

        assertThat(path(page)).isEqualTo("/");
        assertThat(new UserMenu(page).label()).isEqualTo(name);
    }

    @Test
    void a_login_page_that_outlived_its_session_asks_to_log_in_again_instead_of_failing() {
        String name = newAccount("sleepy");
        LoginPage login = LoginPage.open(page);
        // the laptop slept past the session's timeout, or the server restarted: the token is gone with it
        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));

        login.login(name, PASSWORD);

        assertThat(path(page)).isEqualTo("/login");
        assertThat(login.error()).contains("Please log in again").contains("The login page had expired");
        login.login(name, PASSWORD);
        assertThat(path(page)).isEqualTo("/");
        assertThat(new UserMenu(page).label()).isEqualTo(name);
    }

    @Test
    void the_language_cookie_is_not_sent_with_requests_that_other_sites_start() {
        List<Response> responses = new CopyOnWriteArrayList<>();
        page.onResponse(responses::add);
        open("/");

        new UserMenu(page).chooseLanguage("Language", "简体中文");

        List<String> setCookies = responses.stream()
                .flatMap(response -> response.headersArray().stream())
                .filter(header -> header.name.equalsIgnoreCase("set-cookie"))
                .flatMap(header -> header.value.lines()).toList();
        assertThat(setCookies).filteredOn(c -> c.startsWith("lightbox-lang="))
                .singleElement().asString().containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(setCookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));
    }
}
