package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text of a post as readers see it: for excerpts and search. */
class PostTextTest {

    static final String SUNSET = "0123456789abcdef0123456789abcdef.png";

    static Stream<Arguments> markdown_and_its_text() {
        return Stream.of(
                argumentSet("syntax removed", "# Title\n\nSome *em* and **strong** and [a link](https://example.com).",
                        "Title Some em and strong and a link."),
                argumentSet("lists, quotes and tables", "- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |",
                        "one two quoted a b 1 2"),
                argumentSet("images left out", "Look: ![A sunset](/files/" + SUNSET + ") nice", "Look: nice"),
                argumentSet("code kept as text", "Use `<b>` or\n\n```\nx = 1\n```", "Use <b> or x = 1"),
                argumentSet("raw html is text, as it is shown", "a <b>bold</b> move", "a <b>bold</b> move"),
                argumentSet("entities decoded", "&lt;tag&gt; &amp; &copy;", "<tag> & ©"),
                argumentSet("plain text whitespace folded", "First line\n\nSecond   line\nthird\tline",
                        "First line Second line third line"),
                argumentSet("strikethrough and autolink", "~~old~~ www.example.com", "old www.example.com"),
                argumentSet("empty", "", ""));
    }

    @ParameterizedTest
    @MethodSource
    void markdown_and_its_text(String markdown, String text) {
        assertThat(PostText.plain(markdown, 1000)).isEqualTo(text);
    }

    @Test
    void excerpts_are_cut_after_the_markdown_is_gone() {
        String body = "**" + "word ".repeat(100).strip() + "**";
        String excerpt = PostText.plain(body, 20);
        assertThat(excerpt).isEqualTo("word word word word…");
    }

    @Test
    void long_bodies_get_a_short_excerpt_cut_at_a_word() {
        String body = "word ".repeat(200);
        String excerpt = PostText.plain(body, 280);
        assertThat(excerpt).hasSizeLessThanOrEqualTo(280).endsWith("word…");
    }

    @Test
    void excerpts_of_text_without_spaces_never_split_a_character() {
        String body = "图".repeat(101) + "😀".repeat(200); // char 280 is the second half of an emoji
        String excerpt = PostText.plain(body, 280);
        assertThat(excerpt).endsWith("…");
        assertThat(excerpt.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .as("no lone surrogate").isEmpty();
        assertThat(excerpt.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                .isEqualTo(excerpt.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
    }

    @Test
    void refuses_an_excerpt_of_no_characters() {
        assertThatThrownBy(() -> PostText.plain("text", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- excerpts

    static Stream<Arguments> excerpts() {
        return Stream.of(
                argumentSet("paragraphs, not the headings among them", "# Trip report\n\nWe left at dawn.\n\n## Day two\n\nMore later.",
                        "We left at dawn. More later."),
                argumentSet("not a table before it", "| a | b |\n|---|---|\n| 1 | 2 |\n\nThe numbers above.", "The numbers above."),
                argumentSet("not an image-only paragraph", "![Sunset](/files/" + SUNSET + ")\n\nWhat a sky.", "What a sky."),
                argumentSet("not code", "```\nx = 1\n```\n\nThat sets x.", "That sets x."),
                argumentSet("a paragraph in a list counts", "## Steps\n\n- Open the box", "Open the box"),
                argumentSet("no paragraph at all: all the text", "# Only a heading", "Only a heading"));
    }

    @ParameterizedTest
    @MethodSource
    void excerpts(String markdown, String excerpt) {
        assertThat(PostText.excerpt(markdown, 280)).isEqualTo(excerpt);
    }

    @Test
    void a_long_first_paragraph_is_cut_at_a_word() {
        assertThat(PostText.excerpt("word ".repeat(200) + "\n\nsecond", 280)).hasSizeLessThanOrEqualTo(280).endsWith("word…");
    }

    @Test
    void the_search_text_has_no_image_addresses_or_descriptions_nor_link_addresses() {
        String text = PostText.plain("A ![photo.png](/files/" + SUNSET + ") and [a link](https://example.com/files/x.png).", 1000);

        assertThat(text).isEqualTo("A and a link.").doesNotContain("png").doesNotContain("files");
    }
}
