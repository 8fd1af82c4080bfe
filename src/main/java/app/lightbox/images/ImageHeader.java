package app.lightbox.images;

import static app.lightbox.images.HeaderNumbers.fourCc;
import static app.lightbox.images.HeaderNumbers.u16be;
import static app.lightbox.images.HeaderNumbers.u16le;
import static app.lightbox.images.HeaderNumbers.u32be;
import static app.lightbox.images.HeaderNumbers.u8;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The size an image declares in its header, read from the first bytes without decoding the image,
 * so that a small file announcing a huge picture is refused before anything decodes it.
 *
 * @param width the width as the image is shown: a JPEG or PNG whose Exif orientation turns it by a
 *     quarter (see {@link ExifOrientation}) has its stored height here; a WebP never does, since browsers
 *     ignore the orientation in its EXIF chunk (Chromium 156 does)
 * @param height the height as shown
 * @param largestWidth the width of the largest area a decoder must allocate: the image itself, or a
 *     GIF frame larger than the GIF's own screen, or a WebP frame or bitstream larger than its canvas
 *     (which their headers alone do not reveal); never an area smaller than the image
 * @param largestHeight the height of that area
 */
record ImageHeader(ImageFormat format, int width, int height, int largestWidth, int largestHeight) {

    /** What follows IHDR's width and height: depth, colour type, compression, filter, interlace, CRC. */
    private static final int IHDR_REST = 5 + 4;

    ImageHeader(ImageFormat format, int width, int height) {
        this(format, width, height, width, height);
    }

    long pixels() {
        return (long) width * height;
    }

    /** The pixels of the largest area a decoder must allocate, at least {@link #pixels()}. */
    long largestPixels() {
        return (long) largestWidth * largestHeight;
    }

    /**
     * Reads the header of an image whose format was {@linkplain ImageFormat#detect detected}; the
     * stream starts at the first byte of the file. Empty if the header is cut off or malformed.
     *
     * @throws IOException only if reading itself fails
     */
    static Optional<ImageHeader> read(ImageFormat format, InputStream in) throws IOException {
        try {
            Optional<ImageHeader> header = switch (format) {
                case PNG -> png(in);
                case JPEG -> jpeg(in);
                case GIF -> gif(in);
                case WEBP -> WebpHeader.read(in);
            };
            return header.filter(h -> h.width > 0 && h.height > 0);
        } catch (EOFException e) {
            return Optional.empty();
        }
    }

    /**
     * Signature, then the IHDR chunk: length 13, type, width and height as big-endian 31-bit numbers; then
     * the chunks up to the image data, for an {@code eXIf} chunk turning the picture ({@link PngOrientation}).
     */
    private static Optional<ImageHeader> png(InputStream in) throws IOException {
        in.skipNBytes(8);
        long length = u32be(in);
        String type = fourCc(in);
        if (length != 13 || !type.equals("IHDR")) {
            return Optional.empty();
        }
        long width = u32be(in);
        long height = u32be(in);
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        int orientation;
        try {
            in.skipNBytes(IHDR_REST);
            orientation = PngOrientation.read(in);
        } catch (EOFException e) {
            orientation = ExifOrientation.UPRIGHT; // nothing after the size: shown as stored
        }
        return Optional.of(shown(ImageFormat.PNG, (int) width, (int) height, orientation));
    }

    /** An image stored {@code width} × {@code height}, as shown in this Exif orientation. */
    private static ImageHeader shown(ImageFormat format, int width, int height, int orientation) {
        return ExifOrientation.turnsAQuarter(orientation)
                ? new ImageHeader(format, height, width)
                : new ImageHeader(format, width, height);
    }

    /**
     * Signature, then the logical screen descriptor (width and height as little-endian 16-bit
     * numbers); then every frame's image descriptor, since a frame may be far larger than the screen
     * and decoders allocate the frame. Extensions and image data are skipped block by block. A file
     * that ends early keeps the frames read so far (browsers show truncated GIFs too).
     */
    private static Optional<ImageHeader> gif(InputStream in) throws IOException {
        in.skipNBytes(6);
        int width = u16le(in);
        int height = u16le(in);
        int flags = u8(in);
        in.skipNBytes(2); // background colour, aspect ratio
        int largestWidth = width;
        int largestHeight = height;
        try {
            skipColourTable(in, flags);
            for (int introducer = u8(in); introducer != 0x3B; introducer = u8(in)) {
                if (introducer == 0x2C) {
                    in.skipNBytes(4); // left, top
                    int frameWidth = u16le(in);
                    int frameHeight = u16le(in);
                    if ((long) frameWidth * frameHeight > (long) largestWidth * largestHeight) {
                        largestWidth = frameWidth;
                        largestHeight = frameHeight;
                    }
                    skipColourTable(in, u8(in));
                    in.skipNBytes(1); // LZW minimum code size
                } else if (introducer == 0x21) {
                    in.skipNBytes(1); // extension label
                } else {
                    return Optional.empty();
                }
                skipSubBlocks(in);
            }
        } catch (EOFException e) {
            // cut off after the screen descriptor: what was read stands
        }
        return Optional.of(new ImageHeader(ImageFormat.GIF, width, height, largestWidth, largestHeight));
    }

    /** A global or local colour table, present when bit 7 of its flags is set: 3 × 2^(n+1) bytes. */
    private static void skipColourTable(InputStream in, int flags) throws IOException {
        if ((flags & 0x80) != 0) {
            in.skipNBytes(3L << ((flags & 0x07) + 1));
        }
    }

    private static void skipSubBlocks(InputStream in) throws IOException {
        for (int size = u8(in); size != 0; size = u8(in)) {
            in.skipNBytes(size);
        }
    }

    /**
     * Walks the marker segments after SOI, skipping each by its length, up to the first start of frame
     * (SOF0–SOF15 but DHT, JPG and DAC), which holds height and width. Scan data or the end before it
     * means there is no readable frame header. An Exif segment (APP1) on the way says whether
     * the picture is shown turned by a quarter.
     */
    private static Optional<ImageHeader> jpeg(InputStream in) throws IOException {
        in.skipNBytes(2);
        int orientation = ExifOrientation.UPRIGHT;
        while (true) {
            if (u8(in) != 0xFF) {
                return Optional.empty();
            }
            int marker = u8(in);
            while (marker == 0xFF) { // fill bytes
                marker = u8(in);
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a segment
            }
            if (marker == 0x00 || marker == 0xD9 || marker == 0xDA) {
                return Optional.empty();
            }
            int length = u16be(in);
            if (length < 2) {
                return Optional.empty();
            }
            if (isStartOfFrame(marker)) {
                if (length < 7) {
                    return Optional.empty();
                }
                u8(in); // sample precision
                int height = u16be(in);
                int width = u16be(in);
                return Optional.of(shown(ImageFormat.JPEG, width, height, orientation));
            }
            if (marker == 0xE1 && orientation == ExifOrientation.UPRIGHT) { // Exif, or XMP
                byte[] app1 = in.readNBytes(length - 2);
                if (app1.length < length - 2) {
                    throw new EOFException();
                }
                orientation = ExifOrientation.of(app1);
                continue;
            }
            in.skipNBytes(length - 2);
        }
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
