package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoreResult;
import app.lightbox.images.TestImages;
import app.lightbox.images.derivatives.DerivativeService;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.security.Actor;
import com.microsoft.playwright.Locator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The library shows thumbnails, not originals, and a card waits for its thumbnail with a placeholder. */
class ThumbnailsBrowserIT extends BrowserTest {

    @Autowired
    ImageService images;

    @Autowired
    DerivativeService derivatives;

    @Autowired
    ImageStorage storage;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_library_loads_the_thumbnail_of_a_large_image_and_never_its_original() throws Exception {
        String member = newAccount("thumbs");
        ImageSummary image = store(member, "harbour.png");
        awaitJobDone(image);
        List<String> requested = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requested.add(request.url()));

        LoginPage.logInBehindTheScenes(page, member, PASSWORD);
        open("/images");
        Locator preview = card(image).locator("img");
        preview.waitFor();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", preview.elementHandle());

        assertThat((String) preview.evaluate("img => img.currentSrc")).endsWith("/files/" + image.storedName() + "/thumb");
        byte[] shown = page.request().get("/files/" + image.storedName() + "/thumb").body();
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(shown)).getWidth()).isEqualTo(320);
        assertThat(requested).noneMatch(url -> url.endsWith("/files/" + image.storedName()));
    }

    @Test
    void a_card_shows_a_placeholder_until_its_thumbnail_is_made_and_then_the_thumbnail_by_itself() throws Exception {
        ImageSummary image = libraryWaitingFor("lighthouse.png");
        Locator card = card(image);
        Locator placeholder = card.locator(".image-pending");
        assertThat(placeholder.getAttribute("role")).isEqualTo("img");
        assertThat(placeholder.getAttribute("aria-label")).isEqualTo("lighthouse.png: preview being prepared");
        assertThat(card.locator("img").count()).isZero();

        // the job becomes due again: a worker's poll makes it, and the page hears of it
        jdbc.update("update derivative_job set lease_holder = null, lease_until = null where image_id = ?", image.id());

        Locator preview = card.locator("img");
        preview.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", preview.elementHandle());
        assertThat(placeholder.count()).isZero();
        assertThat(preview.getAttribute("src")).isEqualTo("/files/" + image.storedName() + "/thumb");
    }

    @Test
    void a_card_also_learns_of_a_thumbnail_it_was_not_told_about_by_looking_again() throws Exception {
        ImageSummary image = libraryWaitingFor("quay.png");
        Locator card = card(image);
        card.locator(".image-pending").waitFor();

        // given up on another node, say: no event reaches this one, and the original stands in from now on
        jdbc.update("update derivative_job set state = 'FAILED', lease_holder = null, lease_until = null "
                + "where image_id = ?", image.id());

        Locator preview = card.locator("img");
        preview.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(card.locator(".image-pending").count()).isZero();
    }

    /** Opens the library of a new member with one image whose thumbnail is not made yet. */
    private ImageSummary libraryWaitingFor(String name) throws Exception {
        String member = newAccount("waits");
        ImageSummary image = store(member, name);
        awaitJobDone(image);
        notMadeYet(image);
        LoginPage.logInBehindTheScenes(page, member, PASSWORD);
        open("/images");
        return image;
    }

    private ImageSummary store(String member, String name) {
        Actor actor = accounts.findByUsername(member).orElseThrow().toActor();
        StoreResult result = images.store(new ByteArrayInputStream(TestImages.png(1600, 1200)), name, actor);
        return ((StoreResult.Stored) result).image();
    }

    private Locator card(ImageSummary image) {
        return page.locator(".image-card[data-stored-name='" + image.storedName() + "']");
    }

    private void awaitJobDone(ImageSummary image) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"DONE".equals(jdbc.queryForObject("select state from derivative_job where image_id = ?", String.class,
                image.id()))) {
            assertThat(Instant.now()).as("the derivatives of %s are made in time", image.storedName()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** As if its thumbnail were still waiting to be made: the job pending, held by a lease nobody works on. */
    private void notMadeYet(ImageSummary image) throws IOException {
        for (String derivative : derivatives.storedNamesOf(image.id())) {
            storage.delete(derivative);
        }
        jdbc.update("delete from image_derivative where image_id = ?", image.id());
        jdbc.update("update derivative_job set state = 'PENDING', lease_holder = 'a test', "
                + "lease_until = current_timestamp + interval '10' minute, next_attempt_at = current_timestamp "
                + "where image_id = ?", image.id());
    }
}
