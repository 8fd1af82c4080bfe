package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageService;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The image library in a real browser: upload with progress, previews, links, refusals, keyboard, axe. */
class ImagesBrowserIT extends BrowserTest {

    @Autowired
    ImageService images;

    private void logInAndOpenLibrary() {
        String user = newAccount("uploader");
        LoginPage.logInBehindTheScenes(page, user, PASSWORD);
        open("/images");
        assertThat(path(page)).isEqualTo("/images");
    }

    @Test
    void three_dropped_images_each_complete_appear_as_previews_and_their_links_return_the_same_bytes()
            throws IOException {
        logInAndOpenLibrary();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("red-" + uniqueName("a") + ".png", image("png", 320, 200, Color.RED));
        files.put("图片-" + uniqueName("b") + ".png", image("png", 200, 320, Color.GREEN));
        files.put("résumé-" + uniqueName("c") + ".jpg", image("jpg", 640, 360, Color.BLUE));

        page.locator("vaadin-upload input[type=file]").setInputFiles(files.entrySet().stream()
                .map(f -> new FilePayload(f.getKey(), f.getKey().endsWith(".png") ? "image/png" : "image/jpeg", f.getValue()))
                .toArray(FilePayload[]::new));

        // each file has its own entry with its own progress bar, and all three reach "complete"
        assertThat(page.locator("vaadin-upload-file").count()).isEqualTo(3);
        page.waitForFunction("() => document.querySelectorAll('vaadin-upload-file[complete]').length === 3");
        assertThat(page.locator("vaadin-upload-file[error]").count()).isZero();
        assertThat((Boolean) page.evaluate("() => Array.from(document.querySelectorAll('vaadin-upload-file'))"
                + ".every(f => f.shadowRoot.querySelector('[part=progress], vaadin-progress-bar') || f.querySelector('vaadin-progress-bar'))"))
                .as("every file shows its own progress bar").isTrue();

        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Locator card = page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(file.getKey()));
            card.waitFor();
            Locator preview = card.locator("a.image-preview");
            assertThat(preview.getAttribute("href")).as("the viewer").matches("/images/[0-9a-f]{32}\\.(png|jpg)");
            String href = "/files/" + card.getAttribute("data-stored-name");
            APIResponse response = context.request().get(href);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).as("bytes behind the link of %s", file.getKey()).isEqualTo(file.getValue());
            page.waitForFunction("img => img.complete && img.naturalWidth > 0", preview.locator("img").elementHandle());
            assertThat(card.locator("a[download]").getAttribute("href")).isEqualTo(href + "?download");
        }
        assertThat(images.find(href(files.keySet().iterator().next()).substring("/images/".length()))).isPresent();

        // a click on a preview opens the viewer, in Vaadin's router: no new page
        String first = href(files.keySet().iterator().next());
        page.locator("a.image-preview[href='" + first + "']").click();
        page.waitForURL(url -> url.endsWith(first));
        page.locator("vaadin-dialog.image-viewer .viewer-stage").waitFor();
    }

    @Test
    void a_script_renamed_to_png_is_refused_with_its_reason_and_does_not_appear() {
        logInAndOpenLibrary();
        long before = images.count(ImageFilter.all());
        String name = "evil-" + uniqueName("s") + ".png";

        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload(name, "image/png", "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.UTF_8)));

        page.locator("vaadin-upload-file[error]").waitFor();
        Locator refusal = page.locator(".upload-refusals li").filter(new Locator.FilterOptions().setHasText(name));
        refusal.waitFor();
        assertThat(refusal.textContent()).contains("Only these image types can be uploaded");
        assertThat(page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(name)).count()).isZero();
        assertThat(images.count(ImageFilter.all())).isEqualTo(before);
    }

    @Test
    void a_refusal_is_explained_in_the_readers_language() {
        useBrowserLanguage("zh-CN");
        logInAndOpenLibrary();
        String name = "evil-" + uniqueName("z") + ".png";

        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload(name, "image/png", "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.UTF_8)));

        // the reason is worked out on the upload's own request thread, not in a UI request
        Locator refusal = page.locator(".upload-refusals li").filter(new Locator.FilterOptions().setHasText(name));
        refusal.waitFor();
        assertThat(refusal.textContent()).contains("只能上传以下类型的图片");
    }

    @Test
    void the_owner_deletes_an_image_after_confirming_and_its_link_stops_working_while_others_see_no_delete()
            throws IOException {
        logInAndOpenLibrary();
        String name = "doomed-" + uniqueName("d") + ".png";
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "image/png",
                image("png", 60, 40, Color.MAGENTA)));
        Locator card = page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(name));
        card.waitFor();
        String href = "/files/" + card.getAttribute("data-stored-name");

        var other = newContext("en-US").newPage();
        LoginPage.logInBehindTheScenes(other, newAccount("bystander"), PASSWORD);
        other.navigate("/images");
        waitForVaadin(other);
        Locator seenByOther = other.locator(".image-card").filter(new Locator.FilterOptions().setHasText(name));
        seenByOther.waitFor();
        assertThat(seenByOther.locator("vaadin-button[aria-label='Delete " + name + "']").count()).isZero();

        card.locator("vaadin-button[aria-label='Delete " + name + "']").click();
        Locator confirm = page.locator("vaadin-button.confirm-destructive");
        confirm.waitFor();
        assertThat(context.request().get(href).status()).as("still there before confirming").isEqualTo(200);
        confirm.click();

        card.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(context.request().get(href).status()).isEqualTo(404);
        // the keyboard focus stays in the library, not back at the start of the page
        page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate("() => document.activeElement !== null"
                + " && document.activeElement.closest('.image-gallery') !== null")));
    }

    @Test
    void the_upload_button_is_reached_with_tab_and_opens_the_file_chooser() {
        var choosers = interceptFileChoosers(page);
        logInAndOpenLibrary();
        boolean reached = false;
        for (int i = 0; i < 20 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = (Boolean) page.evaluate("() => { let e = document.activeElement;"
                    + " while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
                    + " return !!(e && e.closest && e.closest('vaadin-upload') || document.activeElement.closest('vaadin-upload')); }");
        }
        assertThat(reached).as("Tab reaches the upload button").isTrue();

        page.keyboard().press("Enter");
        page.waitForCondition(() -> !choosers.isEmpty());
        var chooser = choosers.getFirst();
        assertThat(chooser.isMultiple()).isTrue();
    }

    @Test
    void the_library_has_no_serious_accessibility_violations() throws IOException {
        logInAndOpenLibrary();
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("a11y-" + uniqueName("x") + ".png",
                "image/png", image("png", 40, 30, Color.CYAN)));
        page.locator(".image-card").first().waitFor();
        waitForVaadin();

        assertThat(axe(page)).isEmpty();
    }

    @Test
    void the_page_and_the_search_live_in_the_address_so_back_returns_to_the_page_before_and_a_reload_keeps_them()
            throws IOException {
        String user = newAccount("pager");
        var uploader = accounts.findByUsername(user).orElseThrow().toActor();
        String tag = uniqueName("pages");
        for (int i = 0; i < 49; i++) { // a page and one more
            images.store(new ByteArrayInputStream(image("png", 8, 8, Color.GRAY)), tag + "-" + i + ".png", uploader);
        }
        LoginPage.logInBehindTheScenes(page, user, PASSWORD);
        open("/images");
        Locator position = page.locator(".pager > span[aria-live]");

        page.locator(".library-filters vaadin-text-field input").fill(tag);
        page.waitForURL(url -> url.endsWith("/images?q=" + tag));
        waitForVaadin();
        assertThat(position.textContent()).isEqualTo("Page 1 of 2 · 49 images");

        page.locator("vaadin-button[aria-label='Next page']").click();
        page.waitForURL(url -> url.contains("page=2") && url.contains("q=" + tag));
        waitForVaadin();
        assertThat(position.textContent()).isEqualTo("Page 2 of 2 · 49 images");
        // the next page is seen from its top, not from the pager at the bottom of the one before
        page.waitForFunction("() => { const top = document.querySelector('.image-gallery').getBoundingClientRect().top;"
                + " return top >= 0 && top < window.innerHeight / 2; }");

        page.goBack();
        page.waitForURL(url -> url.endsWith("/images?q=" + tag));
        waitForVaadin();
        assertThat(position.textContent()).isEqualTo("Page 1 of 2 · 49 images");

        waitForNewDocument(page, page::reload);
        assertThat(page.locator(".library-filters vaadin-text-field input").inputValue()).isEqualTo(tag);
        assertThat(position.textContent()).isEqualTo("Page 1 of 2 · 49 images");
    }

    private String href(String originalName) {
        return page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(originalName))
                .locator("a.image-preview").getAttribute("href");
    }

    /**
     * An image of one colour but for two random corner pixels: a new image at every call, since the library
     * stores the same bytes once (an upload of them again answers with the image already there).
     */
    static byte[] image(String format, int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var random = java.util.concurrent.ThreadLocalRandom.current();
        image.setRGB(0, 0, random.nextInt(1 << 24));
        image.setRGB(width - 1, height - 1, random.nextInt(1 << 24));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
