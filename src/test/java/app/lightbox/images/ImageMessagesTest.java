package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.ByteSize;
import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.images.StoreResult.Refused;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ImageMessagesTest {

    /** Arguments as the service gives them. */
    static final Map<Refusal, Object[]> ARGS = Map.of(
            Refusal.EMPTY, new Object[0],
            Refusal.TOO_LARGE, new Object[] {new ByteSize(16L * 1024 * 1024)},
            Refusal.TOO_MANY_PIXELS, new Object[] {12_000, 9_000, 40_000_000L},
            Refusal.UNSUPPORTED_TYPE, new Object[] {"PNG, JPEG, GIF, WebP"},
            Refusal.UNREADABLE, new Object[0],
            Refusal.LOCATION_UNREMOVABLE, new Object[0],
            Refusal.STORAGE_FAILED, new Object[0],
            Refusal.INTERRUPTED, new Object[0]);

    static final List<Locale> locales = MessageBundles.LOCALES;

    private final MessageBundles messages = new MessageBundles();

    @ParameterizedTest
    @FieldSource("locales")
    void every_refusal_has_a_text_with_its_arguments_filled_in(Locale locale) {
        assertThat(ARGS).containsOnlyKeys(Refusal.values());
        for (Refusal reason : Refusal.values()) {
            Refused refused = new Refused(reason, ARGS.get(reason));
            String text = messages.getTranslation(refused.messageKey(), locale, refused.args());
            assertThat(text).as(refused.messageKey()).isNotBlank().doesNotStartWith("!")
                    .doesNotContain("{", "}", "'");
            switch (reason) {
                case TOO_LARGE -> assertThat(text).contains("16 MB");
                case TOO_MANY_PIXELS -> assertThat(text).contains("12000 × 9000", "40,000,000");
                case UNSUPPORTED_TYPE -> assertThat(text).contains("PNG, JPEG, GIF, WebP");
                default -> {}
            }
        }
    }

    @Test
    void keys_are_named_after_the_refusal() {
        assertThat(new Refused(Refusal.TOO_MANY_PIXELS).messageKey()).isEqualTo("images.refused.too-many-pixels");
        assertThat(new Refused(Refusal.STORAGE_FAILED).messageKey()).isEqualTo("images.refused.storage-failed");
    }

    @Test
    void english_and_chinese_have_the_same_keys() {
        assertThat(MessageBundles.bundle("images", MessageBundles.CHINESE).keySet())
                .containsExactlyInAnyOrderElementsOf(MessageBundles.bundle("images", MessageBundles.ENGLISH).keySet());
    }
}
