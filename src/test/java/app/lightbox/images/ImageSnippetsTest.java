package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What "Copy as" and the API hand out: links, Markdown, HTML and BBCode, whatever the image's name. */
class ImageSnippetsTest {

    static final String STORED = "0123456789abcdef0123456789abcdef.jpg";
    static final String BASE = "https://team.example/lightbox";

    @Test
    void with_an_absolute_base_every_link_is_absolute() {
        ImageSnippets snippets = ImageSnippets.of(photo("harbour.jpg", 4032, 3024), BASE);

        assertThat(snippets.url()).isEqualTo(BASE + "/files/" + STORED);
        assertThat(snippets.thumbnailUrl()).isEqualTo(BASE + "/files/" + STORED + "/thumb");
        assertThat(snippets.displayUrl()).isEqualTo(BASE + "/files/" + STORED + "/display");
        assertThat(snippets.markdown()).isEqualTo("![harbour.jpg](" + BASE + "/files/" + STORED + ")");
        assertThat(snippets.bbcode()).isEqualTo("[img]" + BASE + "/files/" + STORED + "[/img]");
    }

    @Test
    void with_an_empty_base_the_links_are_relative_to_the_app() {
        ImageSnippets snippets = ImageSnippets.of(photo("harbour.jpg", 4032, 3024), "");

        assertThat(snippets.url()).isEqualTo("/files/" + STORED);
        assertThat(snippets.markdown()).isEqualTo("![harbour.jpg](/files/" + STORED + ")");
        assertThat(img(snippets).attr("srcset"))
                .isEqualTo("/files/" + STORED + "/thumb 320w, /files/" + STORED + "/display 1280w, /files/" + STORED + " 4032w");
    }

    @Test
    void the_html_shows_the_display_size_with_its_size_and_every_size_in_the_srcset_absolute() {
        Element img = img(ImageSnippets.of(photo("harbour.jpg", 4032, 3024), BASE));

        assertThat(img.attr("src")).isEqualTo(BASE + "/files/" + STORED + "/display");
        assertThat(img.attr("width")).isEqualTo("4032");
        assertThat(img.attr("height")).isEqualTo("3024");
        assertThat(img.attr("alt")).isEqualTo("harbour.jpg");
        assertThat(Arrays.stream(img.attr("srcset").split(", ")).map(entry -> entry.split(" ")))
                .extracting(entry -> entry[0] + " " + entry[1])
                .containsExactly(BASE + "/files/" + STORED + "/thumb 320w", BASE + "/files/" + STORED + "/display 1280w",
                        BASE + "/files/" + STORED + " 4032w");
    }

    @Test
    void a_small_image_has_only_the_sizes_that_exist_in_its_srcset() {
        Element img = img(ImageSnippets.of(photo("icon.png", 200, 100), BASE));

        assertThat(img.attr("srcset")).isEqualTo(BASE + "/files/" + STORED + " 200w");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"><script>alert(1)</script>.jpg", "it's \"quoted\".jpg", "fish & chips.jpg",
            "a&amp;b.jpg", "<img src=x onerror=alert(1)>.jpg", "'onload='alert(1).jpg"})
    void a_hostile_name_stays_the_alt_text_of_one_img_and_nothing_else(String name) {
        String html = ImageSnippets.of(photo(name, 1600, 1200), BASE).html();

        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.body().children()).hasSize(1);
        assertThat(parsed.select("script")).isEmpty();
        Element img = parsed.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo(name);
        assertThat(img.attributes().asList()).extracting(a -> a.getKey())
                .containsExactly("src", "srcset", "width", "height", "alt");
        assertThat(html).doesNotContain("<script").doesNotContain("\"><");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[a](b).jpg", "close].jpg", "x) y.jpg", "back\\slash.jpg", "ends with \\", "*bold*.jpg",
            "__init__.jpg", "a`b`.jpg", "~~gone~~.jpg", "evil<i>.jpg", "a&amp;b.jpg", "!image.jpg",
            "holiday-photo 2.jpg"})
    void a_name_in_markdown_reads_back_as_itself_and_the_link_stays_the_image(String name) {
        ImageSnippets snippets = ImageSnippets.of(photo(name, 1600, 1200), BASE);

        Image image = onlyImage(Parser.builder().build().parse(snippets.markdown()));
        assertThat(image.getDestination()).isEqualTo(snippets.url());
        assertThat(text(image)).isEqualTo(name);
    }

    @Test
    void markdown_escapes_only_what_would_mean_something_so_that_it_stays_readable() {
        assertThat(ImageSnippets.of(photo("[x]*y*_z_.jpg", 10, 10), "").markdown())
                .isEqualTo("![\\[x\\]\\*y\\*\\_z\\_.jpg](/files/" + STORED + ")");
        assertThat(ImageSnippets.of(photo("holiday-photo (2).jpg", 10, 10), "").markdown())
                .isEqualTo("![holiday-photo (2).jpg](/files/" + STORED + ")");
    }

    @Test
    void a_right_to_left_override_is_left_out_so_that_the_name_cannot_pose_as_another() {
        // "gnp.exe" shown as "exe.png" by the override (as a new upload's name is cleaned)
        ImageSnippets snippets = ImageSnippets.of(photo("photo\u202Egnp.exe", 1600, 1200), BASE);

        assertThat(img(snippets).attr("alt")).isEqualTo("photognp.exe");
        assertThat(snippets.markdown()).startsWith("![photognp.exe](");
        assertThat(snippets.html() + snippets.markdown()).doesNotContain("\u202E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"图片_1.png", "海边的猫 🐈.jpg", "😀😀.gif", "émile & zoë.jpg", "שלום.png"})
    void cjk_emoji_accents_and_right_to_left_scripts_are_kept_as_they_are(String name) {
        ImageSnippets snippets = ImageSnippets.of(photo(name, 1600, 1200), BASE);

        assertThat(img(snippets).attr("alt")).isEqualTo(name);
        assertThat(text(onlyImage(Parser.builder().build().parse(snippets.markdown())))).isEqualTo(name);
        assertThat(snippets.bbcode()).isEqualTo("[img]" + snippets.url() + "[/img]");
    }

    static ImageSummary photo(String originalName, int width, int height) {
        return ImageSummaries.withoutChecksum(1, STORED, originalName, "image/jpeg", 250_000, width, height, 7, "ana",
                Instant.parse("2026-12-01T10:00:00Z"), 0, false, false);
    }

    private static Element img(ImageSnippets snippets) {
        return Jsoup.parseBodyFragment(snippets.html()).selectFirst("img");
    }

    private static Image onlyImage(Node document) {
        Node paragraph = document.getFirstChild();
        assertThat(paragraph.getNext()).as("one paragraph").isNull();
        Node image = paragraph.getFirstChild();
        assertThat(image).isInstanceOf(Image.class);
        assertThat(image.getNext()).as("nothing after the image").isNull();
        return (Image) image;
    }

    /** The image's text as a reader sees it: escapes and entities resolved. */
    private static String text(Image image) {
        StringBuilder text = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            assertThat(child).as("plain text, no markup").isInstanceOf(Text.class);
            text.append(((Text) child).getLiteral());
        }
        return text.toString();
    }
}
