package app.lightbox.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The register page ({@code /register}). */
public class RegisterPage {

    private final Page page;

    public RegisterPage(Page page) {
        this.page = page;
    }

    public static RegisterPage open(Page page) {
        page.navigate("/register");
        BrowserTest.waitForVaadin(page);
        return new RegisterPage(page);
    }

    /**
     * Fills in and submits the form. On success the app signs the new member in and goes on (check with
     * {@code BrowserTest.path(page)}); on a refusal it stays here and marks the field at fault.
     */
    public void register(String username, String password) {
        usernameField().locator("input").fill(username);
        passwordField().locator("input").fill(password);
        page.locator("main.auth-page vaadin-button[theme~=primary]").click();
        BrowserTest.waitForVaadin(page);
    }

    /** Registers an account that must be accepted, and waits for the page the member is taken to. */
    public void registerAccount(String username, String password) {
        usernameField().locator("input").fill(username);
        passwordField().locator("input").fill(password);
        BrowserTest.waitForNewDocument(page,
                () -> page.locator("main.auth-page vaadin-button[theme~=primary]").click());
    }

    public Locator usernameField() {
        return page.locator("main.auth-page vaadin-text-field");
    }

    public Locator passwordField() {
        return page.locator("main.auth-page vaadin-password-field");
    }

    /** The error shown under the username, or "" when the field is valid. */
    public String usernameError() {
        return errorOf(usernameField());
    }

    /** The error shown under the password, or "" when the field is valid. */
    public String passwordError() {
        return errorOf(passwordField());
    }

    /** The "first account will be the administrator" notice, or nothing. */
    public Locator adminNotice() {
        return page.locator("main.auth-page p.notice");
    }

    private static String errorOf(Locator field) {
        if (field.getAttribute("invalid") == null) {
            return "";
        }
        return field.locator("[slot=error-message]").innerText().strip();
    }
}
