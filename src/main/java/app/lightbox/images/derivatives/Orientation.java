package app.lightbox.images.derivatives;

import app.lightbox.images.PngOrientation;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.twelvemonkeys.imageio.util.IIOUtil;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The EXIF orientation of an original (1 to 8; 1 is upright), and the pixels turned and mirrored
 * the way browsers show it. Decoders do not apply it, so derivatives must.
 */
final class Orientation {

    static final int UPRIGHT = 1;
    private static final int PNG_SIGNATURE = 8;

    private Orientation() {}

    /** Whether width and height are exchanged when shown: orientations 5 to 8 turn by a quarter. */
    static boolean turnsAQuarter(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * Reads the orientation browsers apply: from the EXIF of a JPEG (APP1) or of a PNG ({@code eXIf}
     * before the image data, {@link PngOrientation}, as the size recorded for it); never from a WebP's
     * {@code EXIF} chunk, which Chromium ignores, so that a derivative has the shape of its original in
     * the browser. {@link #UPRIGHT} when there is none or it cannot be read. Leaves the stream at its start.
     *
     * @param format the ImageIO format name in lower case: jpeg, png, gif or webp
     */
    static int read(ImageInputStream in, String format) throws IOException {
        in.seek(0);
        try {
            InputStream bytes = IIOUtil.createStreamAdapter(in);
            if (format.equals("png")) {
                bytes.skipNBytes(PNG_SIGNATURE);
                return PngOrientation.read(bytes);
            }
            if (!format.equals("jpeg")) {
                return UPRIGHT;
            }
            Metadata metadata = JpegMetadataReader.readMetadata(bytes, List.of(new ExifReader()));
            return of(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return UPRIGHT; // broken metadata does not make the picture unusable; the decoder decides that
        } finally {
            in.seek(0);
        }
    }

    private static int of(@Nullable ExifIFD0Directory exif) {
        Integer value = exif == null ? null : exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return value != null && value >= 1 && value <= 8 ? value : UPRIGHT;
    }

    /**
     * The image as shown: each displayed pixel (x, y) taken from the stored pixel it maps to.
     *
     * @param stored an image of {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB_PRE}
     */
    static BufferedImage apply(BufferedImage stored, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean quarter = turnsAQuarter(orientation);
        int dw = quarter ? h : w;
        int dh = quarter ? w : h;
        int[] from = (int[]) stored.getRaster().getDataElements(0, 0, w, h, null);
        int[] to = new int[from.length];
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; } // mirrored left to right
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; } // turned half round
                    case 4 -> { sx = x; sy = h - 1 - y; } // mirrored top to bottom
                    case 5 -> { sx = y; sy = x; } // mirrored along the top-left diagonal
                    case 6 -> { sx = y; sy = h - 1 - x; } // to be turned a quarter clockwise
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; } // mirrored along the other diagonal
                    default -> { sx = w - 1 - y; sy = x; } // 8: to be turned a quarter anticlockwise
                }
                to[y * dw + x] = from[sy * w + sx];
            }
        }
        BufferedImage shown = new BufferedImage(dw, dh, stored.getType());
        shown.getRaster().setDataElements(0, 0, dw, dh, to);
        return shown;
    }
}
