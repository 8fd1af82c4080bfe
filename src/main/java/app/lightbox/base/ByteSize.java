package app.lightbox.base;

import app.lightbox.base.i18n.LocalizedArgument;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A number of bytes as people read it: 1 MB = 1024 KB (as size limits are configured), in the
 * reader's number format ("1.5 MB", "1,5 MB"). Also a message argument, so a service can say
 * "larger than {0}" and every reader sees the size in their own format.
 */
public record ByteSize(long bytes) implements LocalizedArgument {

    /** The units, smallest first; each is {@link #BASE} times the one before. */
    public static final List<String> UNITS = List.of("B", "KB", "MB", "GB", "TB");

    public static final int BASE = 1024;

    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("A size cannot be negative: " + bytes);
        }
    }

    public static String format(long bytes, Locale locale) {
        return new ByteSize(bytes).format(locale);
    }

    @Override
    public String format(Locale locale) {
        double value = bytes;
        int unit = 0;
        while (value >= BASE && unit < UNITS.size() - 1) {
            value /= BASE;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return number.format(value) + " " + UNITS.get(unit);
    }
}
