package app.lightbox.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The login page ({@code /login}): Vaadin's login form, posting to Spring Security. */
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
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        BrowserTest.waitForNewDocument(page, () -> page.locator("vaadin-login-form vaadin-button[slot=submit]").click());
    }

    /** Whether the form shows its error box (wrong password, locked account). */
    public boolean hasError() {
        return form().getAttribute("error") != null;
    }

    /** The title and text of the error box, e.g. "Wrong username or password\nCheck that …". */
    public String error() {
        return page.locator("vaadin-login-form-wrapper [part=error-message]").innerText();
    }

    /** The heading of the form, e.g. "Log in to Lightbox". */
    public String title() {
        return form().locator("[part=form-title]").innerText();
    }

    public Locator form() {
        return page.locator("vaadin-login-form");
    }

    /** Follows the link to the register page. */
    public RegisterPage goToRegister() {
        page.locator("main.auth-page a[href=register]").click();
        page.waitForURL("**/register");
        BrowserTest.waitForVaadin(page);
        return new RegisterPage(page);
    }
}
