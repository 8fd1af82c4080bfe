package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "API tokens" page in a real browser: made and copied from the keyboard, and the copy works against the API. */
class TokensBrowserIT extends BrowserTest {

    @Test
    void a_token_made_from_the_keyboard_is_copied_once_and_signs_in_to_the_api() throws Exception {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        LoginPage.logInBehindTheScenes(page, newAccount("tokens"), PASSWORD);
        open("/");
        new UserMenu(page).choose("API tokens");
        page.waitForURL("**/tokens");
        waitForVaadin();
        assertThat(axe(page)).as("tokens page").isEmpty();

        page.locator(".token-name input").focus();
        page.keyboard().type("ShareX on my laptop");
        page.keyboard().press("Enter");
        Locator secretField = page.locator(".token-secret vaadin-text-field input");
        secretField.waitFor();
        String secret = secretField.inputValue();
        assertThat(secret).matches("lbx_[0-9A-Za-z]{43}");
        assertThat(axe(page)).as("new token dialog").isEmpty();
        page.locator(".token-secret vaadin-button.copy-text").focus();
        page.keyboard().press("Enter");

        page.waitForFunction("() => navigator.clipboard.readText().then(t => t.startsWith('lbx_'))");
        assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(secret);
        page.keyboard().press("Escape");
        page.locator(".new-token-dialog").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(page.content()).doesNotContain(secret);
        assertThat(page.locator(".token-card").first().textContent()).contains("ShareX on my laptop", "Upload only");

        // an upload-only token: signed in (a wrong token would be 401), but not allowed to list
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/images")).header("Authorization", "Bearer " + secret)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(403);
    }
}
