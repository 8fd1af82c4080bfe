package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.TestImages;
import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoreResult;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Posts showing images of the real library: stored, then deleted. */
@SpringBootTest
class MarkdownRendererLibraryTest {

    @Autowired
    MarkdownRenderer renderer;

    @Autowired
    ImageService images;

    @Autowired
    ImageDeletions deletions;

    @Autowired
    UserAccountService accounts;

    @Autowired
    app.lightbox.images.storage.StorageProperties storage;

    Actor uploader;

    @BeforeEach
    void uploader() {
        String name = "renderer" + UUID.randomUUID().toString().substring(0, 8);
        uploader = ((Registration.Registered) accounts.register(name, "correct horse")).user().toActor();
    }

    @Test
    void a_stored_image_is_shown_at_its_size_by_its_display_size_and_links_to_the_original() throws IOException {
        ImageSummary image = store(30, 20, "harbour.png");
        String name = image.storedName();

        assertThat(renderer.toHtml("Before\n\n![The harbour](/files/" + name + ")")).isEqualTo(
                "<p>Before</p>\n<p><a href=\"/files/" + name + "\" router-ignore=\"\"><img src=\"/files/" + name
                        + "/display\" alt=\"The harbour\" loading=\"lazy\" srcset=\"/files/" + name + " 30w\" sizes=\""
                        + MarkdownRenderer.SIZES + "\" width=\"30\" height=\"20\"></a></p>");
        assertThat(renderer.referencedImages("![The harbour](/files/" + name + ")")).containsExactly(name);
    }

    @Test
    void a_large_image_offers_the_browser_its_thumbnail_display_size_and_original() throws IOException {
        String name = store(1600, 1200, "field.png").storedName();

        Element shown = Jsoup.parseBodyFragment(renderer.toHtml("![Field](/files/" + name + ")")).selectFirst("img");

        assertThat(shown.attr("src")).isEqualTo("/files/" + name + "/display");
        assertThat(shown.attr("srcset")).isEqualTo(
                "/files/" + name + "/thumb 320w, /files/" + name + "/display 1280w, /files/" + name + " 1600w");
        assertThat(shown.attr("width")).isEqualTo("1600");
        assertThat(shown.parent().attr("href")).isEqualTo("/files/" + name);
    }

    @Test
    void a_deleted_image_becomes_a_placeholder_in_the_reader_s_language() throws IOException {
        ImageSummary image = store(8, 8, "gone.png");
        String body = "![Old harbour](/files/" + image.storedName() + ")";
        deletions.delete(image.id(), uploader, true);

        assertThat(renderer.toHtml(body)).isEqualTo(
                "<p><span class=\"image-removed\" role=\"img\" aria-label=\"Image removed: Old harbour\">"
                        + "Image removed: Old harbour</span></p>");
        assertThat(renderer.toHtml(body, Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "<p><span class=\"image-removed\" role=\"img\" aria-label=\"图片已删除：Old harbour\">"
                        + "图片已删除：Old harbour</span></p>");
    }

    @Test
    void an_image_whose_file_is_missing_becomes_a_placeholder_that_says_so() throws IOException {
        ImageSummary image = store(8, 8, "lost.png");
        java.nio.file.Files.delete(storage.location().resolve(image.storedName()));
        assertThat(images.file(image.storedName())).isEmpty(); // found missing when asked for

        assertThat(renderer.toHtml("![Lost harbour](/files/" + image.storedName() + ")")).isEqualTo(
                "<p><span class=\"image-removed\" role=\"img\" aria-label=\"Image file missing: Lost harbour\">"
                        + "Image file missing: Lost harbour</span></p>");
    }

    private ImageSummary store(int width, int height, String originalName) throws IOException {
        StoreResult result = images.store(new ByteArrayInputStream(TestImages.png(width, height)), originalName, uploader);
        return ((StoreResult.Stored) result).image();
    }
}
