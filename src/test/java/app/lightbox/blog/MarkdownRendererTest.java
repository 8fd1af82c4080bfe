package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void long_bodies_get_a_short_excerpt_cut_at_a_word() {
        String body = "word ".repeat(200);
        String excerpt = renderer.toPlainText(body, 280);
        assertThat(excerpt).hasSizeLessThanOrEqualTo(280).endsWith("word…");
    }

    @Test
    void excerpts_of_text_without_spaces_never_split_a_character() {
        String body = "图".repeat(101) + "😀".repeat(200); // char 280 is the second half of an emoji
        String excerpt = renderer.toPlainText(body, 280);
        assertThat(excerpt).endsWith("…");
        assertThat(excerpt.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .as("no lone surrogate").isEmpty();
        assertThat(excerpt.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                .isEqualTo(excerpt.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
    }

    @Test
    void lists_each_referenced_library_image_once_in_order() {
        String body = "![a](/files/abc.png) text /files/def.jpg and again ![a](/files/abc.png) /files/../x.png";
        assertThat(renderer.referencedImages(body)).containsExactly("abc.png", "def.jpg");
    }
}
