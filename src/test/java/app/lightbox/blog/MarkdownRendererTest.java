package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummaries;
import app.lightbox.images.ImageSummary;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The renderer on its own, with the image library mocked; {@link MarkdownRendererLibraryTest} uses the real one. */
class MarkdownRendererTest {

    static final String SUNSET = "0123456789abcdef0123456789abcdef.png";
    /** How the library image {@link #SUNSET} (640 × 480) is shown: its display size, offered in all its sizes. */
    static final String SUNSET_IMG = "<img src=\"/files/" + SUNSET + "/display\" alt=\"Sunset\" loading=\"lazy\" srcset=\"/files/"
            + SUNSET + "/thumb 320w, /files/" + SUNSET + " 640w\" sizes=\"" + MarkdownRenderer.SIZES
            + "\" width=\"640\" height=\"480\">";
    static final String GONE = "fedcba9876543210fedcba9876543210.jpg";

    final ImageService images = mock(ImageService.class);
    final MarkdownRenderer renderer = new MarkdownRenderer(images, new MessageBundles(), new BlogProperties(false, 20));

    @BeforeEach
    void library() {
        when(images.find(anyString())).thenReturn(Optional.empty());
        when(images.find(SUNSET)).thenReturn(Optional.of(
                ImageSummaries.withoutChecksum(1, SUNSET, "sunset.png", "image/png", 1234, 640, 480, 1, "ann", Instant.EPOCH, 0, false, false)));
    }

    // --- HTML

    static Stream<Arguments> markdown_and_its_html() {
        return Stream.of(
                // Raw HTML is shown as text, whatever it is.
                html("script element", "<script>alert(1)</script>",
                        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
                html("img with an event handler", "<img src=x onerror=alert(1)>",
                        "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
                html("link with onclick", "<a href=\"http://evil\" onclick=\"alert(1)\">x</a>",
                        "<p>&lt;a href=\"http://evil\" onclick=\"alert(1)\"&gt;x&lt;/a&gt;</p>"),
                html("html comment as a block", "<!-- hidden -->", "<p>&lt;!-- hidden --&gt;</p>"),
                html("html comment inline", "a <!-- hidden --> b", "<p>a &lt;!-- hidden --&gt; b</p>"),
                html("nested and unclosed tags", "<b><i>x</b>", "<p>&lt;b&gt;&lt;i&gt;x&lt;/b&gt;</p>"),
                html("iframe", "<iframe src=\"https://evil.example\"></iframe>",
                        "<p>&lt;iframe src=\"https://evil.example\"&gt;&lt;/iframe&gt;</p>"),
                html("style element", "<style>body{display:none}</style>",
                        "<p>&lt;style&gt;body{display:none}&lt;/style&gt;</p>"),
                html("object, embed, form, input", "<object data=x></object><embed src=x><form><input>",
                        "<p>&lt;object data=x&gt;&lt;/object&gt;&lt;embed src=x&gt;&lt;form&gt;&lt;input&gt;</p>"),
                html("html lines keep their line breaks", "<div>\nhello\n</div>\nbye",
                        "<p>&lt;div&gt;<br>hello<br>&lt;/div&gt;<br>bye</p>"),
                html("script line followed by text", "<script>alert(1)</script>\nsecond line & more",
                        "<p>&lt;script&gt;alert(1)&lt;/script&gt;<br>second line &amp; more</p>"),
                html("entities stay text", "&lt;script&gt; &amp; &#60;b&#62;", "<p>&lt;script&gt; &amp; &lt;b&gt;</p>"),

                // Links and images to anything but http, https, mailto and relative addresses lose the address.
                html("javascript link", "[x](javascript:alert(1))", "<p>x</p>"),
                html("javascript link in mixed case", "[x](JaVaScRiPt:alert(1))", "<p>x</p>"),
                html("javascript link as a reference", "[x]\n\n[x]: javascript:alert(1)", "<p>x</p>"),
                html("javascript link with a decimal entity", "[x](&#106;avascript:alert(1))", "<p>x</p>"),
                html("javascript link with hex entities", "[x](&#x6A;&#x41;vascript:alert(1))", "<p>x</p>"),
                html("javascript link with a named entity", "[x](javascript&colon;alert(1))", "<p>x</p>"),
                // White space, which browsers would drop, is percent-encoded: what is left is a harmless relative address.
                html("javascript link with a tab entity", "[x](java&#x09;script:alert(1))",
                        "<p><a href=\"java%09script:alert(1)\">x</a></p>"),
                html("javascript link with leading spaces", "[x](<  javascript:alert(1)>)",
                        "<p><a href=\"%20%20javascript:alert(1)\">x</a></p>"),
                html("javascript autolink", "<javascript:alert(1)>", "<p>javascript:alert(1)</p>"),
                html("vbscript link", "[x](vbscript:msgbox(1))", "<p>x</p>"),
                html("data link", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>"),
                html("data image shows its description", "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
                        "<p>x</p>"),
                html("javascript image", "![x](javascript:alert(1))", "<p>x</p>"),
                html("quotes cannot leave an attribute", "![x\" onerror=\"alert(1)](/pictures/a.png)",
                        "<p><img src=\"/pictures/a.png\" alt=\"x&quot; onerror=&quot;alert(1)\" loading=\"lazy\"></p>"),

                // Links: other sites get rel, the app's own addresses do not.
                html("autolinked address", "https://example.com",
                        "<p><a href=\"https://example.com\" rel=\"noopener noreferrer nofollow\">https://example.com</a></p>"),
                html("autolinked www", "www.example.com",
                        "<p><a href=\"http://www.example.com\" rel=\"noopener noreferrer nofollow\">www.example.com</a></p>"),
                html("autolink in angle brackets", "<https://example.com/a?b=1&c=2>",
                        "<p><a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\">https://example.com/a?b=1&amp;c=2</a></p>"),
                html("external link with a title", "[Example](https://example.com \"The title\")",
                        "<p><a href=\"https://example.com\" title=\"The title\" rel=\"noopener noreferrer nofollow\">Example</a></p>"),
                html("protocol-relative link is external", "[x](//evil.example/x)",
                        "<p><a href=\"//evil.example/x\" rel=\"noopener noreferrer nofollow\">x</a></p>"),
                html("mail link", "[Mail](mailto:ann@example.com)",
                        "<p><a href=\"mailto:ann@example.com\" rel=\"noopener noreferrer nofollow\">Mail</a></p>"),
                html("internal link", "[Post 3](/posts/3)", "<p><a href=\"/posts/3\">Post 3</a></p>"),
                html("relative link", "[Blog](blog)", "<p><a href=\"blog\">Blog</a></p>"),
                html("anchor", "[Up](#top)", "<p><a href=\"#top\">Up</a></p>"),
                html("spaces in an address are encoded", "[x](</posts/a b>)", "<p><a href=\"/posts/a%20b\">x</a></p>"),
                html("image of another site, shown as a link", "![Cat](https://example.com/cat.png \"A cat\")",
                        "<p><a href=\"https://example.com/cat.png\" title=\"A cat\" rel=\"noopener noreferrer nofollow\">Cat</a></p>"),

                // Markdown
                html("headings, h1 demoted below the post's title", "# One\n## Two\n### Three\n###### Six",
                        "<h2>One</h2>\n<h2>Two</h2>\n<h3>Three</h3>\n<h6>Six</h6>"),
                html("emphasis", "*em* **strong** _em_ __strong__ ***both***",
                        "<p><em>em</em> <strong>strong</strong> <em>em</em> <strong>strong</strong> <em><strong>both</strong></em></p>"),
                html("strikethrough", "~~gone~~ and ~also~", "<p><del>gone</del> and <del>also</del></p>"),
                html("table with alignment", "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |",
                        """
                        <table>
                        <thead>
                        <tr>
                        <th align="left">a</th>
                        <th align="center">b</th>
                        <th align="right">c</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                        <td align="left">1</td>
                        <td align="center">2</td>
                        <td align="right">3</td>
                        </tr>
                        </tbody>
                        </table>"""),
                html("lists", "- a\n- b\n\n3. three\n4. four",
                        "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>"),
                html("quote and rule", "> quoted\n\n---", "<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>"),
                html("fenced code with a script, language dropped", "```html\n<script>alert(1)</script>\n```",
                        "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>"),
                html("indented code", "    if (a < b) {}", "<pre><code>if (a &lt; b) {}\n</code></pre>"),
                html("inline code", "run `<script>` now", "<p>run <code>&lt;script&gt;</code> now</p>"),
                html("hard line break", "a  \nb", "<p>a<br>\nb</p>"),

                // Bodies written as plain text before Markdown read as they did.
                html("plain text with <, & and *", "1 < 2 & 3 * 4 * 5 = 60", "<p>1 &lt; 2 &amp; 3 * 4 * 5 = 60</p>"),
                html("plain text lines and paragraphs", "first line\nsecond line\n\nnew paragraph\n\n\nlast",
                        "<p>first line<br>second line</p>\n<p>new paragraph</p>\n<p>last</p>"),
                html("plain text with non-ASCII", "图片 😀 café", "<p>图片 😀 café</p>"),
                html("empty body", "", ""));
    }

    private static Arguments html(String description, String markdown, String expectedHtml) {
        return argumentSet(description, markdown, expectedHtml);
    }

    @ParameterizedTest
    @MethodSource
    void markdown_and_its_html(String markdown, String expectedHtml) {
        assertThat(renderer.toHtml(markdown)).isEqualTo(expectedHtml);
    }

    static final Set<String> ALLOWED_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "s",
            "code", "pre", "blockquote", "ul", "ol", "li", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
            "a", "img", "span");
    /** What a browser ignores in a URL before reading its scheme. */
    static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\x00-\\x20]");
    static final Pattern DANGEROUS_URL = Pattern.compile("^(javascript|vbscript|data|file):.*");

    static Stream<String> hostile_markdown() {
        return Stream.of(
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
                "<a href=\"http://evil\" onclick=\"alert(1)\">x</a>", "<b><i>x</b>", "<iframe src=//evil>",
                "<style>*{}</style>", "<object data=x>", "<embed src=x>", "<form><input>", "<!-- x --><p>y</p>",
                "<div style=\"position:fixed\">x</div>", "<details open ontoggle=alert(1)>",
                "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java&#x09;script:alert(1))",
                "[x](java&#x0A;script:alert(1))", "[x](&#x20;javascript:alert(1))", "[x](javascript&#58;alert(1))",
                "[x](&#0000106&#0000097vascript:alert(1))", "[x](\\javascript:alert(1))", "[x](javascript%3Aalert(1))",
                "[x](vbscript:msgbox(1))", "[x](data:text/html,<script>alert(1)</script>)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "![x](javascript:alert(1))",
                "![x](file:///etc/passwd)", "[x]: javascript:alert(1)\n\n[x]", "<javascript:alert(1)>",
                "<vbscript:msgbox(1)>", "[x](https://example.com \"t\\\" onmouseover=\\\"alert(1)\")",
                "![a\" onerror=\"alert(1)](x.png)", "[<img src=x onerror=alert(1)>](/posts/1)",
                "| <script> | [x](javascript:alert(1)) |\n|---|---|\n| ![a](data:x) | ~~<b>~~ |",
                "```\n</code></pre><script>alert(1)</script>\n```", "`</code><script>`");
    }

    @ParameterizedTest
    @MethodSource
    void hostile_markdown(String markdown) {
        Element body = Jsoup.parseBodyFragment(renderer.toHtml(markdown)).body();

        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(ALLOWED_TAGS).as("tag in %s", body.html()).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute in %s", body.html())
                        .doesNotStartWith("on").isNotEqualTo("style");
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    String url = IGNORED_IN_URLS.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                    assertThat(url).as("address in %s", body.html()).doesNotMatch(DANGEROUS_URL);
                }
            }
        }
    }

    @Test
    void library_images_get_their_size_lazy_loading_and_a_link_to_the_original() {
        assertThat(renderer.toHtml("![Sunset](/files/" + SUNSET + ")")).isEqualTo(
                "<p><a href=\"/files/" + SUNSET + "\" router-ignore=\"\">" + SUNSET_IMG + "</a></p>");
    }

    @Test
    void library_images_are_recognised_by_relative_addresses_too() {
        String expected = "<p><a href=\"/files/" + SUNSET + "\" router-ignore=\"\">" + SUNSET_IMG + "</a></p>";
        assertThat(renderer.toHtml("![Sunset](files/" + SUNSET + ")")).isEqualTo(expected);
        assertThat(renderer.toHtml("![Sunset](./files/" + SUNSET + ")")).isEqualTo(expected);
    }

    @Test
    void library_images_without_a_description_are_named_by_their_original_name() {
        assertThat(renderer.toHtml("![](/files/" + SUNSET + ")")).contains("alt=\"sunset.png\"");
    }

    @Test
    void library_images_inside_a_link_keep_that_link() {
        assertThat(renderer.toHtml("[![Sunset](/files/" + SUNSET + ")](/posts/3)")).isEqualTo(
                "<p><a href=\"/posts/3\">" + SUNSET_IMG + "</a></p>");
    }

    @Test
    void images_under_files_of_another_site_are_not_library_images() {
        assertThat(renderer.toHtml("![x](https://example.com/files/" + GONE + ")")).isEqualTo(
                "<p><a href=\"https://example.com/files/" + GONE + "\" rel=\"noopener noreferrer nofollow\">x</a></p>");
        verifyNoMoreInteractions(images);
    }

    // --- images of other sites: links by default, images with lightbox.blog.external-images

    static Stream<Arguments> images_of_other_sites_are_links() {
        return Stream.of(
                html("with a description", "![A tracking pixel](https://tracker.example/p.gif?who=1)",
                        "<p><a href=\"https://tracker.example/p.gif?who=1\" rel=\"noopener noreferrer nofollow\">A tracking pixel</a></p>"),
                html("without a description, named by its address", "![](http://example.com/cat.png)",
                        "<p><a href=\"http://example.com/cat.png\" rel=\"noopener noreferrer nofollow\">http://example.com/cat.png</a></p>"),
                html("protocol-relative", "![px](//tracker.example/p.gif)",
                        "<p><a href=\"//tracker.example/p.gif\" rel=\"noopener noreferrer nofollow\">px</a></p>"),
                html("inside a link, only its description", "[![Cat](https://example.com/cat.png)](https://example.com/cats)",
                        "<p><a href=\"https://example.com/cats\" rel=\"noopener noreferrer nofollow\">Cat</a></p>"),
                html("quotes stay text", "![x\" onerror=\"alert(1)](https://example.com/a.png)",
                        "<p><a href=\"https://example.com/a.png\" rel=\"noopener noreferrer nofollow\">x\" onerror=\"alert(1)</a></p>"),
                html("this site's other images stay images", "![Logo](/icons/favicon.svg)",
                        "<p><img src=\"/icons/favicon.svg\" alt=\"Logo\" loading=\"lazy\"></p>"));
    }

    @ParameterizedTest
    @MethodSource
    void images_of_other_sites_are_links(String markdown, String expectedHtml) {
        assertThat(renderer.toHtml(markdown)).isEqualTo(expectedHtml);
    }

    static Stream<Arguments> images_of_other_sites_are_images_when_allowed() {
        return Stream.of(
                html("with a description and a title", "![Cat](https://example.com/cat.png \"A cat\")",
                        "<p><img src=\"https://example.com/cat.png\" alt=\"Cat\" title=\"A cat\" loading=\"lazy\"></p>"),
                html("inside a link", "[![Cat](https://example.com/cat.png)](https://example.com/cats)",
                        "<p><a href=\"https://example.com/cats\" rel=\"noopener noreferrer nofollow\"><img src=\"https://example.com/cat.png\" alt=\"Cat\" loading=\"lazy\"></a></p>"),
                html("quotes cannot leave an attribute", "![x\" onerror=\"alert(1)](https://example.com/a.png)",
                        "<p><img src=\"https://example.com/a.png\" alt=\"x&quot; onerror=&quot;alert(1)\" loading=\"lazy\"></p>"),
                html("javascript is still no image", "![x](javascript:alert(1))", "<p>x</p>"));
    }

    @ParameterizedTest
    @MethodSource
    void images_of_other_sites_are_images_when_allowed(String markdown, String expectedHtml) {
        MarkdownRenderer allowing = new MarkdownRenderer(images, new MessageBundles(), new BlogProperties(true, 20));

        assertThat(allowing.toHtml(markdown)).isEqualTo(expectedHtml);
    }

    @Test
    void library_images_are_images_whatever_the_setting() {
        String expected = "<p><a href=\"/files/" + SUNSET + "\" router-ignore=\"\">" + SUNSET_IMG + "</a></p>";
        for (boolean external : new boolean[] {false, true}) {
            MarkdownRenderer renderer = new MarkdownRenderer(images, new MessageBundles(), new BlogProperties(external, 20));
            assertThat(renderer.toHtml("![Sunset](/files/" + SUNSET + ")")).as("external images %s", external)
                    .isEqualTo(expected);
        }
    }

    @Test
    void deleted_images_are_a_placeholder_with_their_description() {
        assertThat(renderer.toHtml("![Old photo](/files/" + GONE + ")")).isEqualTo(
                "<p><span class=\"image-removed\" role=\"img\" aria-label=\"Image removed: Old photo\">"
                        + "Image removed: Old photo</span></p>");
    }

    @Test
    void deleted_images_without_a_description_are_a_placeholder_with_their_name() {
        assertThat(renderer.toHtml("![](/files/" + GONE + ")", Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "<p><span class=\"image-removed\" role=\"img\" aria-label=\"图片已删除：" + GONE + "\">"
                        + "图片已删除：" + GONE + "</span></p>");
    }

    @Test
    void looks_up_each_image_once() {
        String body = ("![a](/files/" + SUNSET + ") ![b](/files/" + GONE + ")\n\n").repeat(10);

        renderer.toHtml(body);

        verify(images, times(1)).find(SUNSET);
        verify(images, times(1)).find(GONE);
        verifyNoMoreInteractions(images);
    }

    @Test
    void renders_every_block_of_a_100_kb_body() {
        String block = """
                ## A heading with *emphasis*

                Some text with a [link](https://example.com), `code`, **strong** words
                and a second line < & > * 3.

                - one
                - two ~~three~~

                | a | b |
                |---|---|
                | 1 | 2 |

                ![Sunset](/files/%s) ![Other](https://example.com/x.png)

                """.formatted(SUNSET);
        String body = block.repeat(100_000 / block.length() + 1);
        assertThat(body.length()).isGreaterThanOrEqualTo(100_000);

        // Speed is measured, not asserted here (about 40 ms of CPU for this body on the build machine).
        int blocks = body.length() / block.length();
        String html = renderer.toHtml(body);
        assertThat(html.split("<h2>", -1)).hasSize(blocks + 1);
        assertThat(html.split("<table>", -1)).hasSize(blocks + 1);
        assertThat(html).doesNotContain("<script");
        verify(images, times(1)).find(SUNSET);
    }

    // --- referenced images

    @Test
    void lists_each_referenced_library_image_once_in_order() {
        String body = "![a](/files/abc.png) text /files/def.jpg and again ![a](/files/abc.png) /files/../x.png";
        assertThat(renderer.referencedImages(body)).containsExactly("abc.png", "def.jpg");
    }

    static Stream<Arguments> markdown_and_its_images() {
        return Stream.of(
                argumentSet("images and links, in order",
                        "[original](/files/b.png) ![a](/files/a_1.jpg) ![c](files/c-2.webp) [dl](/files/d.gif?download)",
                        new String[] {"b.png", "a_1.jpg", "c-2.webp", "d.gif"}),
                argumentSet("reference-style image", "![a][pic]\n\n[pic]: /files/ref.png", new String[] {"ref.png"}),
                argumentSet("other sites and other paths are not the library",
                        "![a](https://example.com/files/x.png) [b](/posts/3) ![c](/files/x.exe) ![d](/other/files/y.png)",
                        new String[] {}),
                argumentSet("code is not a reference", "`![a](/files/x.png)`\n\n```\n/files/y.png\n```",
                        new String[] {}),
                argumentSet("nothing", "just text", new String[] {}));
    }

    @ParameterizedTest
    @MethodSource
    void markdown_and_its_images(String markdown, String[] storedNames) {
        assertThat(renderer.referencedImages(markdown)).containsExactly(storedNames);
    }
}
