package app.lightbox.images;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The Exif orientation of a PNG as browsers apply it. Chromium (checked with version 156) turns a PNG
 * by the TIFF data of an {@code eXIf} chunk before the image data, as the PNG specification places it,
 * and ignores one after the first {@code IDAT} or one starting "Exif\0\0" as in a JPEG. The header and
 * the derivative maker both read it here, so that the size recorded, the derivatives and the picture in
 * the browser agree.
 */
public final class PngOrientation {

    /** As much of an {@code eXIf} chunk as is read: a JPEG's Exif segment holds no more either. */
    private static final int MAX_EXIF_BYTES = 65_535;

    private PngOrientation() {}

    /**
     * The orientation, 1 to 8, from the chunks from the stream's position (the start of a chunk, the
     * signature behind it) up to the first {@code IDAT}: chunks are skipped by their length, never read
     * whole but for at most 64 KB of an {@code eXIf}. 1 if there is none, or it is cut off or malformed.
     */
    public static int read(InputStream in) throws IOException {
        try {
            while (true) {
                long length = HeaderNumbers.u32be(in);
                String type = HeaderNumbers.fourCc(in);
                if (type.equals("IDAT") || type.equals("IEND")) {
                    return ExifOrientation.UPRIGHT;
                }
                if (type.equals("eXIf")) {
                    byte[] tiff = in.readNBytes((int) Math.min(length, MAX_EXIF_BYTES));
                    return ExifOrientation.ofTiff(tiff, 0); // a cut-off chunk is read as far as it goes
                }
                in.skipNBytes(length + 4); // data and CRC
            }
        } catch (EOFException e) {
            return ExifOrientation.UPRIGHT;
        }
    }
}
