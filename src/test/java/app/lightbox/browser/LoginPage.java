package app.lightbox.browser;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.jsoup.Jsoup;

/** The login page ({@code /login}): Vaadin's fields in a plain HTML form, posting to Spring Security. */
public class LoginPage {

    private final Page page;

    public LoginPage(Page page) {
        this.page = page;
    }

    public static LoginPage open(Page page) {
        page.navigate("/login");
        BrowserTest.waitForVaadin(page);
        return new LoginPage(page);
    }

    /**
     * Fills in the form, submits it and waits for the page the server answers with: the login page
     * again on failure, otherwise the page first asked for or the blog. That page need not be a
     * Vaadin page (a 403 for an unknown URL is not).
     */
    public void login(String username, String password) {
        login(username, password, false);
    }

    /** As {@link #login(String, String)}, ticking "Keep me signed in" when {@code keepSignedIn}. */
    public void login(String username, String password, boolean keepSignedIn) {
        usernameInput().fill(username);
        form().locator("input[name=password]").fill(password);
        if (keepSignedIn) {
            form().locator("vaadin-checkbox input").check();
        }
        BrowserTest.waitForNewDocument(page, () -> submitButton().click());
    }

    /**
     * Logs the page's browser context in without showing the login page: the form's fields and its CSRF
     * token are posted with the context's own request API, so the context gets the session cookie that
     * the page would have got. For tests whose subject comes after the login; it spares them two page
     * loads (the login page and the page after it). The login page itself is AccountsBrowserIT's subject.
     */
    public static void logInBehindTheScenes(Page page, String username, String password) {
        APIRequestContext http = page.context().request();
        // the session's language comes from its first request: the browser's, as the login page would have sent
        String languages = (String) page.evaluate("() => navigator.languages.join(',')");
        APIResponse loginPage = http.get("/login", RequestOptions.create().setHeader("Accept-Language", languages));
        String token = Jsoup.parse(loginPage.text()).selectFirst("meta[name=_csrf]").attr("content");
        APIResponse answer = http.post("/login", RequestOptions.create().setMaxRedirects(0)
                .setHeader("Accept-Language", languages)
                .setForm(FormData.create().set("username", username).set("password", password).set("_csrf", token)));
        String location = answer.headers().getOrDefault("location", "");
        if (answer.status() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Could not log in as " + username + ": " + answer.status() + " to " + location);
        }
    }

    /** The username input, with what it holds (after a failed login, the name that was typed). */
    public Locator usernameInput() {
        return form().locator("input[name=username]");
    }

    public Locator submitButton() {
        return form().locator("button[type=submit]");
    }

    /** Whether the form shows its error box (wrong password, locked account); it comes with the form. */
    public boolean hasError() {
        form().waitFor();
        return page.locator(".login-error").isVisible();
    }

    /** The title and text of the error box, e.g. "Wrong username or password\nCheck that …". */
    public String error() {
        return page.locator(".login-error").innerText();
    }

    /** The heading of the page, e.g. "Log in to Lightbox". */
    public String title() {
        return page.locator("main.auth-page h1").innerText();
    }

    public Locator form() {
        return page.locator("form.login-form");
    }

    /** Follows the link to the register page. */
    public RegisterPage goToRegister() {
        page.locator("main.auth-page a[href=register]").click();
        page.waitForURL("**/register");
        BrowserTest.waitForVaadin(page);
        return new RegisterPage(page);
    }
}
