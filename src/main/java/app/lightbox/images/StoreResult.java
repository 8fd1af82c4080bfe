package app.lightbox.images;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What became of an upload: a stored image, the image already in the library, or the reason it was refused
 * with the message arguments.
 */
public sealed interface StoreResult {

    record Stored(ImageSummary image) implements StoreResult {}

    /**
     * The same image was in the library already: nothing new was stored, and this is the image there (with
     * who uploaded it and when). Its file is back if it had gone missing.
     */
    record AlreadyStored(ImageSummary image) implements StoreResult {}

    record Refused(Refusal reason, Object... args) implements StoreResult {
        /** The message key, {@code images.refused.<reason>}, e.g. {@code images.refused.too-large}. */
        public String messageKey() {
            return "images.refused." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Equal when reason and arguments are, as a value should be (a record compares arrays by identity). */
        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Refused that && reason == that.reason && Arrays.equals(args, that.args);
        }

        @Override
        public int hashCode() {
            return 31 * reason.hashCode() + Arrays.hashCode(args);
        }

        @Override
        public String toString() {
            return "Refused[" + reason + ", " + Arrays.toString(args) + "]";
        }
    }
}
