package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageDescriptions;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoreResult;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The image viewer in a real browser: opened from a card, the keyboard, Back, zoom, Esc back to the card, axe. */
class ViewerBrowserIT extends BrowserTest {

    @Autowired
    ImageService images;

    @Autowired
    ImageDescriptions descriptions;

    private String tag;

    /** A new account with three photos named tag-0.jpg (the oldest) to tag-2.jpg, logged in. */
    private List<String> logInWithThreePhotos() {
        String user = newAccount("viewer");
        Actor actor = accounts.findByUsername(user).orElseThrow().toActor();
        tag = uniqueName("v");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StoreResult result = images.store(new ByteArrayInputStream(TestImages.photo(1600, 1067, System.nanoTime())),
                    tag + "-" + i + ".jpg", actor);
            names.add(((StoreResult.Stored) result).image().storedName());
        }
        descriptions.describe(names.get(1), "A noisy gradient, as a test photo", actor);
        LoginPage.logInBehindTheScenes(page, user, PASSWORD);
        return names;
    }

    /** The open viewer; a closed one may stay in the page a moment, closed. */
    private Locator viewer() {
        return page.locator("vaadin-dialog.image-viewer[opened]");
    }

    private String shownSrc() {
        return page.locator(".viewer-canvas img").getAttribute("src");
    }

    private Locator preview(String storedName) {
        return page.locator(".image-card[data-stored-name='" + storedName + "'] a.image-preview");
    }

    @Test
    void a_card_opens_the_viewer_which_the_keyboard_walks_zooms_and_closes_back_to_the_card() {
        List<String> names = logInWithThreePhotos();
        open("/images?q=" + tag);

        preview(names.get(1)).click();
        viewer().locator(".viewer-stage").waitFor();
        waitForVaadin();
        assertThat(path(page)).isEqualTo("/images/" + names.get(1));
        assertThat(page.url()).endsWith("?q=" + tag);
        assertThat(shownSrc()).isEqualTo("/files/" + names.get(1) + "/display");
        assertThat(page.locator(".viewer-canvas img").getAttribute("alt")).isEqualTo("A noisy gradient, as a test photo");
        page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('viewer-stage')");

        page.keyboard().press("ArrowRight");
        page.waitForFunction("name => location.pathname.endsWith(name)", names.get(0));
        assertThat(shownSrc()).isEqualTo("/files/" + names.get(0) + "/display");
        page.keyboard().press("ArrowLeft");
        page.waitForFunction("name => location.pathname.endsWith(name)", names.get(1));

        // Back closes the viewer: next and previous rewrote its one history entry
        page.goBack();
        page.waitForFunction("() => location.pathname === '/images'");
        waitForVaadin();
        assertThat(viewer().count()).isZero();

        preview(names.get(0)).click();
        viewer().locator(".viewer-stage").waitFor();
        waitForVaadin();
        page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('viewer-stage')");
        page.keyboard().press("Shift+Equal"); // "+" as typed on a US keyboard
        waitForVaadin();
        assertThat(shownSrc()).isEqualTo("/files/" + names.get(0));
        assertThat(page.locator(".viewer-canvas.zoomed").count()).isOne();
        page.keyboard().type("-");
        waitForVaadin();
        assertThat(shownSrc()).isEqualTo("/files/" + names.get(0) + "/display");

        assertThat(axe(page)).as("serious or critical axe violations in the open viewer").isEmpty();

        page.keyboard().press("Escape");
        page.waitForFunction("() => location.pathname === '/images'");
        waitForVaadin();
        assertThat(page.url()).endsWith("/images?q=" + tag);
        assertThat(viewer().count()).isZero();
        page.waitForFunction("name => document.activeElement && document.activeElement.matches("
                + "'.image-card[data-stored-name=\"' + name + '\"] a.image-preview')", names.get(0));
    }

    @Test
    void the_viewer_reads_well_at_1280_and_390_pixels_in_english_and_chinese_and_axe_finds_nothing_serious() {
        for (String language : List.of("en-US", "zh-CN")) {
            if (!language.equals("en-US")) {
                useBrowserLanguage(language);
            }
            List<String> names = logInWithThreePhotos();
            for (int width : List.of(1280, 390)) {
                page.setViewportSize(width, width == 390 ? 844 : 800);
                open("/images/" + names.get(1) + "?q=" + tag);
                viewer().locator(".viewer-stage").waitFor();
                page.waitForFunction("() => { const i = document.querySelector('.viewer-canvas img');"
                        + " return i && i.complete && i.naturalWidth > 0; }");
                // the dialog opens with an animation that scales it: measure it at its size
                page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Screenshots.FOLDER.resolve("viewer-" + language + "-" + width + ".png")));
                assertThat(axe(page)).as("axe in %s at %d px", language, width).isEmpty();
                Locator next = page.locator(".viewer-next");
                assertThat(next.boundingBox().width).as("a thumb-sized button").isGreaterThanOrEqualTo(44);
                assertThat(next.getAttribute("aria-label")).isNotBlank();
            }
        }
    }
}
