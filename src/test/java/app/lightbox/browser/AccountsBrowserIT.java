package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering, logging in and out, and what goes wrong on the way, in a real browser. */
class AccountsBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void registering_signs_the_new_member_in_and_logging_out_signs_them_out() {
        String name = uniqueName("Newcomer");
        RegisterPage register = RegisterPage.open(page);
        String visitorSession = sessionCookie();

        register.registerAccount(name, "my first password");

        assertThat(path(page)).isEqualTo("/");
        assertThat(sessionCookie()).as("a new session id once signed in (no session fixation)")
                .isNotNull().isNotEqualTo(visitorSession);
        UserMenu menu = new UserMenu(page);
        assertThat(menu.label()).isEqualTo(name);

        menu.logOut();

        assertThat(menu.label()).isEqualTo("Menu");
        page.navigate("/");
        waitForVaadin();
        assertThat(new UserMenu(page).label()).as("still logged out after a reload").isEqualTo("Menu");
        LoginPage.open(page).login(name, "my first password");
        assertThat(new UserMenu(page).label()).as("the password chosen works").isEqualTo(name);
    }

    @Test
    void the_login_reached_from_the_register_page_by_its_link_logs_in() {
        String name = newAccount("linked");
        RegisterPage.open(page);

        page.locator("main.auth-page a[href=login]").click();
        page.waitForURL("**/login");
        waitForVaadin();
        new LoginPage(page).login(name, PASSWORD);

        assertThat(path(page)).isEqualTo("/");
        assertThat(new UserMenu(page).label()).isEqualTo(name);
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }

    @Test
    void a_visitor_sent_to_the_login_who_registers_instead_goes_on_to_the_page_asked_for() {
        String name = uniqueName("Detour");
        page.navigate("/images");
        waitForVaadin();
        assertThat(path(page)).isEqualTo("/login");

        new LoginPage(page).goToRegister().registerAccount(name, "my first password");

        assertThat(path(page)).isEqualTo("/images");
        assertThat(page.locator("h1").textContent()).isEqualTo("Image library");
        assertThat(new UserMenu(page).label()).isEqualTo(name);
    }

    @Test
    void keep_me_signed_in_survives_the_loss_of_the_session_cookie_until_logging_out() {
        String name = newAccount("keeper");
        LoginPage.open(page).login(name, PASSWORD, true);
        assertThat(new UserMenu(page).label()).isEqualTo(name);

        loseTheSessionCookie();

        assertThat(new UserMenu(page).label()).as("signed in again by the remember-me cookie").isEqualTo(name);

        new UserMenu(page).logOut();
        assertThat(jdbc.sql("select count(*) from persistent_logins where username = :name").param("name", name)
                .query(Integer.class).single()).as("the token is gone with the logout").isZero();
        loseTheSessionCookie();
        assertThat(new UserMenu(page).label()).isEqualTo("Menu");
    }

    @Test
    void without_keep_me_signed_in_the_loss_of_the_session_cookie_signs_out() {
        String name = newAccount("forgotten");
        LoginPage.open(page).login(name, PASSWORD);

        loseTheSessionCookie();

        assertThat(new UserMenu(page).label()).isEqualTo("Menu");
    }

    /** As after closing the browser or a restart of the server: no session, then the front page. */
    private void loseTheSessionCookie() {
        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        open("/");
    }

    @Test
    void logs_in_whatever_the_case_of_the_name() {
        String name = newAccount("casey");

        LoginPage.open(page).login(name.toUpperCase(), PASSWORD);

        assertThat(path(page)).isEqualTo("/");
        assertThat(new UserMenu(page).label()).isEqualTo(name);
    }

    @Test
    void sends_a_visitor_to_the_login_and_then_back_to_the_page_asked_for() {
        String name = newAccount("returning");
        page.navigate("/images");
        waitForVaadin();
        assertThat(path(page)).isEqualTo("/login");
        List<String> pagesLoaded = new ArrayList<>();
        page.onResponse(response -> {
            if (response.request().isNavigationRequest() && response.frame() == page.mainFrame()) {
                pagesLoaded.add(response.status() + " " + URI.create(response.url()).getPath());
            }
        });

        new LoginPage(page).login(name, PASSWORD);

        assertThat(pagesLoaded).as("pages loaded after the login form was sent")
                .containsExactly("302 /login", "200 /images");
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).isEqualTo("Image library");
        assertThat(URI.create(page.url()).getQuery()).as("a clean address, no ?continue").isNull();
    }

    @Test
    void a_wrong_password_shows_an_error_and_keeps_the_name_typed() {
        String name = newAccount("forgetful");
        LoginPage login = LoginPage.open(page);

        login.login(name.toUpperCase(), "not my password");

        assertThat(path(page)).isEqualTo("/login");
        assertThat(login.hasError()).isTrue();
        assertThat(login.error()).contains("Wrong username or password");
        assertThat(login.usernameInput().inputValue()).isEqualTo(name.toUpperCase());
        assertThat(login.form().locator("input[name=password]").inputValue()).isEmpty();
        // the cursor waits in the password (a time-out here says it does not)
        page.waitForFunction("() => document.activeElement?.getAttribute('name') === 'password'");

        login.login(name, PASSWORD);

        assertThat(new UserMenu(page).label()).isEqualTo(name);
    }

    @Test
    void a_name_in_the_address_is_not_put_into_the_form() {
        open("/login?error&username=%3Cb%3Ebold%3C%2Fb%3E");

        assertThat(new LoginPage(page).usernameInput().inputValue()).isEmpty();
    }

    @Test
    void an_unknown_name_looks_the_same_as_a_wrong_password() {
        LoginPage login = LoginPage.open(page);

        login.login(uniqueName("nobody"), "whatever password");

        assertThat(login.error()).contains("Wrong username or password");
    }

    @Test
    void six_wrong_passwords_in_a_row_lock_the_account_even_for_the_right_one() {
        String name = newAccount("guessed");
        LoginPage login = LoginPage.open(page);

        for (int attempt = 1; attempt <= 5; attempt++) {
            login.login(name, "guess number " + attempt);
            assertThat(login.error()).as("attempt %d", attempt).contains("Wrong username or password");
        }
        login.login(name, "guess number 6");

        assertThat(login.error()).contains("Too many failed attempts");

        login.login(name, PASSWORD);

        assertThat(path(page)).as("the right password while locked").isEqualTo("/login");
        assertThat(login.error()).contains("Too many failed attempts");
    }

    @Test
    void an_unknown_name_is_locked_like_a_real_one_so_the_lock_reveals_nothing() {
        String name = uniqueName("nobody");
        LoginPage login = LoginPage.open(page);

        for (int attempt = 1; attempt <= 6; attempt++) {
            login.login(name, "guess number " + attempt);
        }

        assertThat(login.error()).contains("Too many failed attempts");
    }

    @Test
    void refuses_a_name_that_is_taken_in_another_case() {
        String name = newAccount("twin");
        RegisterPage register = RegisterPage.open(page);

        register.register(name.toUpperCase(), "some password");

        assertThat(register.usernameError()).isEqualTo("User " + name.toUpperCase() + " is already registered.");
        assertThat(path(page)).isEqualTo("/register");
    }

    @Test
    void refuses_a_password_longer_than_72_bytes() {
        RegisterPage register = RegisterPage.open(page);

        register.register(uniqueName("verbose"), "密码".repeat(15));

        assertThat(register.passwordError()).isEqualTo(
                "The password is longer than 72 bytes; the password hash reads no further. Choose a shorter one.");
        assertThat(register.usernameError()).isEmpty();
        assertThat(path(page)).isEqualTo("/register");
    }
}
