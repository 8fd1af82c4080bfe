package app.lightbox.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/**
 * The menu at the top right of every page inside the main layout: the user's name (or "Menu" for a
 * visitor), the language switch, log out (or log in and register).
 */
public class UserMenu {

    private final Page page;

    public UserMenu(Page page) {
        this.page = page;
    }

    /** The button that opens the menu. */
    public Locator button() {
        return page.locator(".user-menu vaadin-menu-bar-button").first();
    }

    /** What the menu button shows: the user's name, or "Menu" for a visitor. */
    public String label() {
        return button().innerText().strip();
    }

    /** Opens the menu and clicks through the items with these texts, e.g. ("Language", "简体中文"). */
    public void choose(String... items) {
        button().click();
        for (String item : items) {
            // By text, not by accessible name: an item that opens a submenu gets the arrow icon's
            // character in its name. The pattern runs in the browser as a JavaScript regex, so it is
            // escaped by hand (JavaScript has no \Q…\E).
            String literal = item.replaceAll("[^\\p{L}\\p{N}\\s]", "\\\\$0");
            Locator entry = page.locator("vaadin-menu-bar-item[role=menuitem]:visible")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + literal + "\\s*$")));
            entry.click();
        }
    }

    /** Logs out through the menu ("Log out" in English) and waits for the page the app then shows. */
    public void logOut(String itemText) {
        BrowserTest.waitForNewDocument(page, () -> choose(itemText));
    }

    public void logOut() {
        logOut("Log out");
    }

    /**
     * Switches the language through the menu, e.g. ("Language", "简体中文"); the app reloads the page.
     */
    public void chooseLanguage(String languageItem, String language) {
        BrowserTest.waitForNewDocument(page, () -> choose(languageItem, language));
    }
}
