package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginalNameTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            photo.png                  | photo.png
            '  photo.png  '            | photo.png
            图片.png                    | 图片.png
            résumé.jpg                 | résumé.jpg
            C:\\fakepath\\photo.png    | photo.png
            ../../etc/passwd           | passwd
            dir/sub\\mixed.gif         | mixed.gif
            '   '                      | image.png
            ''                         | image.png
            ..                         | image.png
            photos/                    | image.png
            """)
    void keeps_the_name_without_its_path(String raw, String expected) {
        assertThat(OriginalName.clean(raw, "image.png")).isEqualTo(expected);
    }

    @Test
    void removes_bidi_overrides_and_isolates() {
        assertThat(OriginalName.clean("invoice\u202Egnp.exe", "x")).isEqualTo("invoicegnp.exe");
        assertThat(OriginalName.clean("\u2066a\u2067b\u2068c\u2069\u200E\u200F\u061Cd.png", "x")).isEqualTo("abcd.png");
        assertThat(OriginalName.clean("\u202A\u202B\u202C\u202Dx.png", "x")).isEqualTo("x.png");
    }

    @Test
    void removes_control_characters_and_stray_surrogates() {
        assertThat(OriginalName.clean("a\u0000b\nc\r\td\u007F\u009Fe\u2028.png", "x")).isEqualTo("abcde.png");
        assertThat(OriginalName.clean("a\uD800b.png", "x")).isEqualTo("ab.png");
        assertThat(OriginalName.clean("\u0000\u202E", "image.gif")).isEqualTo("image.gif");
    }

    @Test
    void normalises_to_composed_form() {
        assertThat(OriginalName.clean("re\u0301sume\u0301.jpg", "x")).isEqualTo("résumé.jpg");
    }

    @Test
    void shortens_long_names_to_255_keeping_the_extension() {
        String cleaned = OriginalName.clean("a".repeat(300) + ".jpeg", "x");
        assertThat(cleaned).hasSize(255).endsWith("a.jpeg");
    }

    @Test
    void never_cuts_a_surrogate_pair_in_half() {
        String cleaned = OriginalName.clean("a" + "😀".repeat(200) + ".png", "x");
        assertThat(cleaned.length()).isLessThanOrEqualTo(255);
        assertThat(cleaned).endsWith("😀.png");
        assertThat(cleaned.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)).isTrue();
    }
}
