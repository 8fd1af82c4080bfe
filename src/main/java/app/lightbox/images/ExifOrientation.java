package app.lightbox.images;

import java.util.Arrays;

/**
 * The orientation Exif data asks viewers to show a picture in: cameras store a portrait photo as a
 * landscape picture plus this tag, and browsers turn it upright. Values 5 to 8 turn it by a quarter,
 * so the picture is shown with width and height exchanged. JPEG carries the Exif data in APP1, PNG in
 * an {@code eXIf} chunk ({@link PngOrientation}).
 */
final class ExifOrientation {

    /** As stored: the tag is missing, unreadable or 1. */
    static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};

    private ExifOrientation() {}

    /** Whether a picture with this orientation is shown with width and height exchanged. */
    static boolean turnsAQuarter(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * The orientation in the payload of an APP1 segment (what follows its length): "Exif\0\0", then a
     * TIFF header (byte order "II" or "MM", 42, offset of the first directory), then that directory's
     * 12-byte entries. {@link #UPRIGHT} for anything else (XMP, a cut-off or malformed directory).
     */
    static int of(byte[] app1) {
        int tiff = EXIF.length;
        if (app1.length < tiff || !Arrays.equals(app1, 0, tiff, EXIF, 0, tiff)) {
            return UPRIGHT;
        }
        return ofTiff(app1, tiff);
    }

    /**
     * The orientation in TIFF data starting at {@code tiff} (a PNG {@code eXIf} chunk holds nothing else);
     * {@link #UPRIGHT} if it is cut off or malformed.
     */
    static int ofTiff(byte[] app1, int tiff) {
        if (app1.length < tiff + 8) {
            return UPRIGHT;
        }
        boolean little;
        if (app1[tiff] == 'I' && app1[tiff + 1] == 'I') {
            little = true;
        } else if (app1[tiff] == 'M' && app1[tiff + 1] == 'M') {
            little = false;
        } else {
            return UPRIGHT;
        }
        if (u16(app1, tiff + 2, little) != 42) {
            return UPRIGHT;
        }
        long directory = tiff + ((long) u16(app1, tiff + 4 + (little ? 2 : 0), little) << 16
                | u16(app1, tiff + 4 + (little ? 0 : 2), little));
        if (directory + 2 > app1.length) {
            return UPRIGHT;
        }
        int entries = u16(app1, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + i * 12;
            if (entry + 12 > app1.length) {
                return UPRIGHT;
            }
            if (u16(app1, entry, little) == ORIENTATION_TAG) {
                int value = u16(app1, entry + 8, little);
                return u16(app1, entry + 2, little) == SHORT && value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static int u16(byte[] bytes, int offset, boolean little) {
        int first = bytes[offset] & 0xFF;
        int second = bytes[offset + 1] & 0xFF;
        return little ? first | (second << 8) : (first << 8) | second;
    }
}
