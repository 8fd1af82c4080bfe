package app.lightbox.images.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** File sizes as people read them (1 MB = 1024 KB, as the size limit is configured), in their locale's number format. */
final class ByteSizes {

    private static final List<String> UNITS = List.of("B", "KB", "MB", "GB", "TB");

    private ByteSizes() {}

    static String format(long bytes, Locale locale) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.size() - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return number.format(value) + " " + UNITS.get(unit);
    }

    /** The same units for the upload component's own texts. */
    static List<String> units() {
        return UNITS;
    }

    static final int BASE = 1024;
}
