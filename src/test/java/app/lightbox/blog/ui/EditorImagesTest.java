package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.blog.MarkdownRenderer;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSnippets;
import app.lightbox.images.ImageSummaries;
import app.lightbox.images.ImageSummary;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an inserted image's name is written into the Markdown ({@link ImageSnippets}, as the library's "Copy
 * as Markdown"), read back through the real renderer.
 */
class EditorImagesTest {

    private static final String STORED = "0123456789abcdef0123456789abcdef.png";

    @ParameterizedTest
    @ValueSource(strings = {"evil<i>.png", "<script>alert(1)</script>.png", "a&amp;b.png", "x*y*z.png",
            "__init__.png", "a`b`.png", "~~gone~~.png", "[a](b).png", "back\\slash.png", "ends with \\",
            "holiday-photo 2.png", "图片_1.png", "émile & zoë.jpg"})
    void the_alt_text_of_an_inserted_image_is_its_original_name_character_for_character(String name) {
        ImageService images = mock(ImageService.class);
        when(images.find(anyString())).thenReturn(Optional.empty());
        when(images.find(STORED)).thenReturn(Optional.of(named(name)));
        MarkdownRenderer renderer = new MarkdownRenderer(images, new MessageBundles(), new app.lightbox.blog.BlogProperties(false, 20));

        String html = renderer.toHtml(ImageSnippets.of(named(name), "").markdown());

        Element image = Jsoup.parseBodyFragment(html).selectFirst("img");
        assertThat(image).as(html).isNotNull();
        assertThat(image.attr("alt")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines.png", "two\r\nlines.png"})
    void a_line_break_in_a_name_is_left_out_so_that_the_image_stays_one_paragraph(String name) {
        assertThat(ImageSnippets.of(named(name), "").markdown()).isEqualTo("![twolines.png](/files/" + STORED + ")");
    }

    private static ImageSummary named(String name) {
        return ImageSummaries.withoutChecksum(1, STORED, name, "image/png", 1234, 640, 480, 1, "ann", Instant.EPOCH, 0, false, false);
    }
}
