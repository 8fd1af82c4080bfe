package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Copy as" in a real browser: from the keyboard onto the clipboard, and by hand where there is no clipboard. */
class CopyAsBrowserIT extends BrowserTest {

    /** The card of a new image of that name in the library, which the page shows. */
    private Locator uploadToLibrary(String name, Color color) throws IOException {
        return uploadToLibrary(name, color, false);
    }

    /**
     * As {@link #uploadToLibrary(String, Color)}; on the intranet host, which only the browser resolves,
     * the login goes through the login page.
     */
    private Locator uploadToLibrary(String name, Color color, boolean intranetHost) throws IOException {
        String user = newAccount("copier");
        if (intranetHost) {
            LoginPage.open(page).login(user, PASSWORD);
        } else {
            LoginPage.logInBehindTheScenes(page, user, PASSWORD);
        }
        open("/images");
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "image/png",
                ImagesBrowserIT.image("png", 50, 40, color)));
        Locator card = page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(name));
        card.waitFor();
        return card;
    }

    @Test
    void the_keyboard_opens_the_menu_on_a_card_and_copies_the_markdown_with_an_absolute_link() throws IOException {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        String name = "copy [me] " + uniqueName("k") + ".png";
        Locator card = uploadToLibrary(name, Color.ORANGE);
        String href = "/files/" + card.getAttribute("data-stored-name"); // the original, which the URL item copies
        Locator button = card.locator("vaadin-button[aria-label='Copy " + name + " as…']");

        button.focus();
        page.keyboard().press("Enter");

        Locator menu = page.locator("vaadin-button.copy-as-item").first();
        menu.waitFor();
        Locator url = page.locator("vaadin-button.copy-as-item").filter(new Locator.FilterOptions().setHasText("URL"))
                .first();
        page.waitForFunction("item => document.activeElement === item", url.elementHandle());
        assertThat(page.locator("vaadin-button.copy-as-item").allTextContents())
                .containsExactly("URL", "Markdown", "HTML", "BBCode", "Thumbnail URL", "Display-size URL");
        assertThat(axe(page)).as("open copy menu").isEmpty();

        page.keyboard().press("ArrowDown");
        page.waitForFunction("() => document.activeElement && document.activeElement.textContent.trim() === 'Markdown'");
        page.keyboard().press("Enter");

        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Markdown copied."))
                .waitFor();
        String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).isEqualTo("![copy \\[me\\] " + name.substring("copy [me] ".length()) + "](http://localhost:"
                + port + href + ")");
        menu.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    @Test
    void esc_closes_the_menu_and_the_focus_is_back_on_its_button() throws IOException {
        String name = "escape-" + uniqueName("e") + ".png";
        Locator card = uploadToLibrary(name, Color.CYAN);
        Locator button = card.locator("vaadin-button[aria-label='Copy " + name + " as…']");

        button.focus();
        page.keyboard().press("Space");
        page.locator("vaadin-button.copy-as-item").first().waitFor();
        page.keyboard().press("End");
        page.waitForFunction("() => document.activeElement && document.activeElement.textContent.trim() === 'Display-size URL'");
        page.keyboard().press("Escape");

        page.locator("vaadin-button.copy-as-item").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        page.waitForFunction("label => document.activeElement !== null"
                + " && document.activeElement.getAttribute('aria-label') === label", "Copy " + name + " as…");
    }

    @Test
    void on_a_plain_http_intranet_host_an_item_shows_its_text_selected_for_ctrl_c_and_esc_returns_to_the_button()
            throws IOException {
        useIntranetHost();
        String name = "intranet-" + uniqueName("i") + ".png";
        Locator card = uploadToLibrary(name, Color.PINK, true);
        assertThat(page.evaluate("() => window.isSecureContext || !!navigator.clipboard"))
                .as("no clipboard API on http://" + INTRANET_HOST).isEqualTo(false);
        String link = "http://" + INTRANET_HOST + ":" + port + "/files/" + card.getAttribute("data-stored-name");

        card.locator("vaadin-button[aria-label='Copy " + name + " as…']").click();
        page.locator("vaadin-button.copy-as-item").filter(new Locator.FilterOptions().setHasText("BBCode")).click();

        Locator field = page.locator("vaadin-text-field.copy-text-field input");
        field.waitFor();
        assertThat(field.inputValue()).isEqualTo("[img]" + link + "[/img]");
        // focused and wholly selected, so that Ctrl+C copies it at once
        page.waitForFunction("""
                input => { let a = document.activeElement;
                  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                  return a === input && input.selectionStart === 0 && input.selectionEnd === input.value.length; }""",
                field.elementHandle());
        assertThat(page.locator("vaadin-text-field.copy-text-field").textContent())
                .contains("BBCode of " + name, "Press Ctrl+C (⌘C on a Mac) to copy");
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("copied"))
                .count()).isZero();
        assertThat(axe(page)).as("copy-text dialog").isEmpty();

        page.keyboard().press("Escape");

        field.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        page.waitForFunction("label => document.activeElement !== null"
                + " && document.activeElement.getAttribute('aria-label') === label", "Copy " + name + " as…");
    }
}
