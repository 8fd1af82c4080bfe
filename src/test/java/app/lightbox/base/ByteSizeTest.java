package app.lightbox.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.base.i18n.MessageBundles;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0                | 0 B
            1023             | 1,023 B
            1024             | 1 KB
            1536             | 1.5 KB
            16777216         | 16 MB
            16777215         | 16 MB
            157286400        | 150 MB
            1099511627776    | 1 TB
            """)
    void reads_like_people_write_it(long bytes, String expected) {
        assertThat(ByteSize.format(bytes, Locale.ENGLISH)).isEqualTo(expected);
    }

    @Test
    void uses_the_readers_number_format() {
        assertThat(ByteSize.format(1536, Locale.GERMANY)).isEqualTo("1,5 KB");
    }

    @Test
    void is_formatted_in_the_readers_locale_when_used_as_a_message_argument() {
        MessageBundles messages = new MessageBundles();
        ByteSize limit = new ByteSize(1536);

        assertThat(messages.getTranslation("images.refused.too-large", Locale.ENGLISH, limit))
                .isEqualTo("The file is larger than the upload limit of 1.5 KB.");
        assertThat(messages.getTranslation("images.refused.too-large", Locale.SIMPLIFIED_CHINESE, limit))
                .contains("1.5 KB").doesNotContain("ByteSize");
    }

    @Test
    void refuses_a_negative_size() {
        assertThatThrownBy(() -> new ByteSize(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
