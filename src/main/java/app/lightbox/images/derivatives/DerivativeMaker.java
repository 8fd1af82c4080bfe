package app.lightbox.images.derivatives;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Makes the smaller renditions of one original image: decoded once, with memory bounded by the
 * output rather than the original, its EXIF orientation applied, in sRGB, the first frame of an
 * animation; JPEG where the image is opaque, PNG where it has transparency; no metadata.
 */
public interface DerivativeMaker {

    /**
     * One rendition per long side asked for, in the order asked, leaving out each side that is not
     * smaller than the original's (displayed) long side: never an enlargement.
     *
     * @param original the stored bytes of a PNG, JPEG, GIF or WebP; read, not closed
     * @param longSides the wanted longest sides in pixels, e.g. 1280 and 320
     * @throws IOException if the image cannot be read or is too large to decode within bounds; the
     *     message says why, in English, for the job's record
     */
    List<Rendition> make(InputStream original, List<Integer> longSides) throws IOException;
}
