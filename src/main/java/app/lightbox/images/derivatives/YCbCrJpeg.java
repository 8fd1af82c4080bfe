package app.lightbox.images.derivatives;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.stream.ImageInputStream;

/**
 * The fast route for the common JPEG, three YCbCr components with no colour profile (what cameras, phones
 * and most tools write): its raw YCbCr samples (ImageIO's {@code readRaster}) are averaged 2 × 2 and only
 * then turned into RGB, a quarter of the colour conversions the decoder would make, straight into the
 * {@code TYPE_INT_RGB} the reduction draws fastest. The 2 × 2 average is the first halving {@link Downscale}
 * would make, so the result is the same; any other JPEG (CMYK, YCCK, RGB, grey, ICC-tagged) takes the
 * decoder's own colour handling.
 */
final class YCbCrJpeg {

    private static final int SOI = 0xD8;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    private YCbCrJpeg() {}

    /**
     * Whether the JPEG's samples are YCbCr in sRGB: three components, no ICC profile, and YCbCr as said by a
     * JFIF segment, an Adobe segment with transform 1, or (neither present) components numbered 1 to 3 as
     * Exif files have. Reads the markers up to the first frame header; leaves the stream at its start.
     */
    static boolean isPlain(ImageInputStream in) throws IOException {
        in.seek(0);
        try {
            if (in.read() != 0xFF || in.read() != SOI) {
                return false;
            }
            boolean jfif = false;
            int adobeTransform = -1;
            while (true) {
                int marker = nextMarker(in);
                if (marker < 0 || marker == SOS || marker == EOI) {
                    return false;
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return false;
                }
                long next = in.getStreamPosition() + length;
                if (marker == 0xE0 && length >= 5) {
                    jfif |= startsWith(in, "JFIF\0");
                } else if (marker == 0xE2 && length >= 12 && startsWith(in, "ICC_PROFILE\0")) {
                    return false;
                } else if (marker == 0xEE && length >= 12 && startsWith(in, "Adobe")) {
                    in.skipBytes(6); // version, flags0, flags1
                    adobeTransform = in.read();
                } else if (isFrameHeader(marker)) {
                    return marker <= 0xC2 && yCbCr(in, jfif, adobeTransform); // Huffman-coded, 8 bits
                }
                in.seek(next);
            }
        } catch (IOException | RuntimeException e) {
            return false; // the decoder's own route decides what a damaged header means
        } finally {
            in.seek(0);
        }
    }

    private static int nextMarker(ImageInputStream in) throws IOException {
        int b = in.read();
        if (b != 0xFF) {
            return -1;
        }
        while (b == 0xFF) {
            b = in.read();
        }
        return b;
    }

    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean yCbCr(ImageInputStream in, boolean jfif, int adobeTransform) throws IOException {
        int precision = in.read();
        in.skipBytes(4); // height, width
        int components = in.read();
        if (precision != 8 || components != 3) {
            return false;
        }
        if (jfif) {
            return true;
        }
        if (adobeTransform >= 0) {
            return adobeTransform == 1;
        }
        for (int i = 1; i <= 3; i++) {
            int id = in.read();
            in.skipBytes(2); // sampling factors, quantisation table
            if (id != i) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(ImageInputStream in, String text) throws IOException {
        byte[] expected = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] actual = new byte[expected.length];
        in.readFully(actual);
        return Arrays.equals(expected, actual);
    }

    /**
     * The raster's YCbCr samples (3 bands of bytes) averaged over each 2 × 2 block and converted to RGB with
     * the JFIF equations, as {@code TYPE_INT_RGB} of half the width and height (an odd last row or column
     * left out).
     */
    static BufferedImage halvedToRgb(Raster yCbCr) {
        int width = yCbCr.getWidth() / 2;
        int height = yCbCr.getHeight() / 2;
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        int rowLength = yCbCr.getWidth() * 3;
        byte[] upper = new byte[rowLength];
        byte[] lower = new byte[rowLength];
        int minX = yCbCr.getMinX();
        int minY = yCbCr.getMinY();
        for (int y = 0; y < height; y++) {
            yCbCr.getDataElements(minX, minY + 2 * y, yCbCr.getWidth(), 1, upper);
            yCbCr.getDataElements(minX, minY + 2 * y + 1, yCbCr.getWidth(), 1, lower);
            int out = y * width;
            for (int x = 0, i = 0; x < width; x++, i += 6) {
                // Sums of four samples: 4 × the average, kept as integers for the rounding below.
                int luma = sum(upper, lower, i);
                int cb = sum(upper, lower, i + 1) - 4 * 128;
                int cr = sum(upper, lower, i + 2) - 4 * 128;
                int r = clamp((luma * 65536 + 91881 * cr + 131072) >> 18);
                int g = clamp((luma * 65536 - 22554 * cb - 46802 * cr + 131072) >> 18);
                int b = clamp((luma * 65536 + 116130 * cb + 131072) >> 18);
                pixels[out + x] = r << 16 | g << 8 | b;
            }
        }
        return rgb;
    }

    private static int sum(byte[] upper, byte[] lower, int i) {
        return (upper[i] & 0xFF) + (upper[i + 3] & 0xFF) + (lower[i] & 0xFF) + (lower[i + 3] & 0xFF);
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : Math.min(value, 255);
    }
}
