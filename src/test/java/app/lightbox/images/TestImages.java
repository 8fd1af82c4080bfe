package app.lightbox.images;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small images made in code: real ones written by ImageIO, and hand-written headers for the rest. */
public final class TestImages {

    private TestImages() {}

    /**
     * An orange PNG, a new one at every call: two corner pixels are random (48 bits; one pixel of a 1 × 1
     * image), since the library stores the same bytes once and tests share one library.
     */
    public static byte[] png(int width, int height) {
        return write(distinct(filled(width, height, Color.ORANGE, BufferedImage.TYPE_INT_ARGB)), "png");
    }

    /** A PNG whose pixels differ with {@code seed}, so that many of them have distinct bytes. */
    static byte[] png(int width, int height, int seed) {
        return write("png", width, height, new Color(seed & 0xFFFFFF), BufferedImage.TYPE_INT_RGB);
    }

    /** A PNG of half-transparent orange: its derivatives must keep the transparency, so they are PNGs too. */
    public static byte[] transparentPng(int width, int height) {
        return write("png", width, height, new Color(255, 165, 0, 128), BufferedImage.TYPE_INT_ARGB);
    }

    /** A blue JPEG, a new one at every call like {@link #png(int, int)}. */
    public static byte[] jpeg(int width, int height) {
        return write(distinct(filled(width, height, Color.BLUE, BufferedImage.TYPE_INT_RGB)), "jpeg");
    }

    /**
     * A real JPEG of {@code width} × {@code height} stored pixels with an Exif segment (APP1, right
     * after SOI, as cameras write it) whose orientation tag is {@code orientation}: 6 is a portrait
     * photo taken with the camera turned right, stored landscape.
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation, boolean littleEndian) {
        byte[] jpeg = jpeg(width, height);
        byte[] exif = new Bytes().ascii("Exif").u8(0).u8(0).raw(tiffWithOrientation(orientation, littleEndian)).toArray();
        return new Bytes().raw(0xFF, 0xD8).raw(0xFF, 0xE1).u16be(exif.length + 2).raw(exif)
                .raw(Arrays.copyOfRange(jpeg, 2, jpeg.length)).toArray();
    }

    /**
     * A real PNG (new at every call, like {@link #png(int, int)}) of {@code width} × {@code height} stored
     * pixels with an {@code eXIf} chunk holding {@code exif}: right after IHDR, where browsers read it, or
     * after the image data, where they ignore it.
     */
    public static byte[] pngWithExif(int width, int height, byte[] exif, boolean beforeImageData) {
        byte[] png = png(width, height);
        int afterHeader = 8 + 25;
        int imageEnd = png.length - 12; // IEND
        Bytes b = new Bytes().raw(Arrays.copyOfRange(png, 0, afterHeader));
        if (beforeImageData) {
            b.raw(pngChunk("eXIf", exif)).raw(Arrays.copyOfRange(png, afterHeader, imageEnd));
        } else {
            b.raw(Arrays.copyOfRange(png, afterHeader, imageEnd)).raw(pngChunk("eXIf", exif));
        }
        return b.raw(Arrays.copyOfRange(png, imageEnd, png.length)).toArray();
    }

    /**
     * TIFF data as cameras write it in their Exif: a first directory with the camera's make, then the
     * orientation tag {@code orientation} (6 is a portrait photo taken with the camera turned right,
     * stored landscape).
     */
    public static byte[] tiffWithOrientation(int orientation, boolean littleEndian) {
        return (littleEndian
                ? new Bytes().ascii("II").u16le(42).u32le(8).u16le(2)
                        .u16le(0x010F).u16le(2).u32le(4).ascii("Cam").u8(0) // Make, "Cam", before the orientation
                        .u16le(0x0112).u16le(3).u32le(1).u16le(orientation).u16le(0).u32le(0)
                : new Bytes().ascii("MM").u16be(42).u32be(8).u16be(2)
                        .u16be(0x010F).u16be(2).u32be(4).ascii("Cam").u8(0)
                        .u16be(0x0112).u16be(3).u32be(1).u16be(orientation).u16be(0).u32be(0)).toArray();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typed = new Bytes().ascii(type).raw(data).toArray();
        CRC32 crc = new CRC32();
        crc.update(typed);
        return new Bytes().u32be(data.length).raw(typed).u32be(crc.getValue()).toArray();
    }

    static byte[] gif(int width, int height) {
        return write("gif", width, height, Color.GREEN, BufferedImage.TYPE_INT_RGB);
    }

    static byte[] bmp(int width, int height) {
        return write("bmp", width, height, Color.RED, BufferedImage.TYPE_INT_RGB);
    }

    static byte[] tiff(int width, int height) {
        return write("tiff", width, height, Color.RED, BufferedImage.TYPE_INT_RGB);
    }

    /** Signature and IHDR only, with a correct CRC; nothing to decode. */
    public static byte[] pngHeader(long width, long height) {
        byte[] ihdr = new Bytes().u32be(width).u32be(height).u8(8).u8(6).u8(0).u8(0).u8(0).toArray();
        return new Bytes().raw(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n').raw(pngChunk("IHDR", ihdr)).toArray();
    }

    /** SOI, a JFIF APP0 segment, an APPn segment of {@code padding} bytes, then a baseline SOF0. */
    static byte[] jpegHeader(int width, int height, int padding) {
        Bytes b = new Bytes().raw(0xFF, 0xD8)
                .raw(0xFF, 0xE0).u16be(16).ascii("JFIF").u8(0).raw(1, 1, 0).u16be(1).u16be(1).u8(0).u8(0);
        if (padding > 0) {
            b.raw(0xFF, 0xE1).u16be(padding + 2).raw(new byte[padding]);
        }
        return b.raw(0xFF, 0xC0).u16be(17).u8(8).u16be(height).u16be(width).u8(3)
                .raw(1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1).raw(0xFF, 0xD9).toArray();
    }

    static byte[] gifHeader(int width, int height) {
        return new Bytes().ascii("GIF89a").u16le(width).u16le(height).u8(0).u8(0).u8(0).u8(0x3B).toArray();
    }

    /**
     * A GIF with a two-colour global table, a comment and a graphic-control extension, and one frame
     * per {@code frames} pair (width, height) with a local table on the first, then the trailer.
     */
    public static byte[] gifWithFrames(int screenWidth, int screenHeight, int... frames) {
        Bytes b = new Bytes().ascii("GIF89a").u16le(screenWidth).u16le(screenHeight).u8(0x80).u8(0).u8(0)
                .raw(0, 0, 0, 255, 255, 255)
                .raw(0x21, 0xFE).u8(5).ascii("hello").u8(0)
                .raw(0x21, 0xF9, 4, 0, 10, 0, 0, 0);
        for (int i = 0; i + 1 < frames.length; i += 2) {
            b.u8(0x2C).u16le(0).u16le(0).u16le(frames[i]).u16le(frames[i + 1]);
            if (i == 0) {
                b.u8(0x80).raw(255, 0, 0, 0, 0, 255); // local colour table of two entries
            } else {
                b.u8(0);
            }
            b.u8(2).u8(2).raw(0x4C, 0x01).u8(0);
        }
        return b.u8(0x3B).toArray();
    }

    /** Lossy WebP: a VP8 chunk with a key frame header (sizes up to 16383). */
    static byte[] webpLossy(int width, int height) {
        Bytes vp8 = new Bytes().raw(0x30, 0x01, 0x00).raw(0x9D, 0x01, 0x2A).u16le(width).u16le(height)
                .raw(new byte[10]);
        return riff("VP8 ", vp8.toArray());
    }

    /** Lossless WebP: a VP8L chunk (sizes up to 16384). */
    static byte[] webpLossless(int width, int height) {
        long bits = (width - 1) | ((long) (height - 1) << 14);
        return riff("VP8L", new Bytes().u8(0x2F).u32le(bits).raw(new byte[8]).toArray());
    }

    /** Extended WebP: a VP8X chunk with the canvas size (up to 2^24). */
    public static byte[] webpExtended(int width, int height) {
        return riff("VP8X", new Bytes().raw(0, 0, 0, 0).u24le(width - 1).u24le(height - 1).toArray());
    }

    /**
     * An animated WebP: a canvas of {@code canvasWidth} × {@code canvasHeight} (VP8X, ANIM) with one frame
     * (ANMF) of {@code frameWidth} × {@code frameHeight} whose lossy bitstream declares the same size.
     */
    public static byte[] webpAnimation(int canvasWidth, int canvasHeight, int frameWidth, int frameHeight) {
        byte[] vp8 = new Bytes().ascii("VP8 ").u32le(16).raw(0x30, 0x01, 0x00).raw(0x9D, 0x01, 0x2A)
                .u16le(frameWidth).u16le(frameHeight).raw(new byte[6]).toArray();
        Bytes animation = new Bytes().ascii("VP8X").u32le(10).raw(0x02, 0, 0, 0).u24le(canvasWidth - 1)
                .u24le(canvasHeight - 1)
                .ascii("ANIM").u32le(6).raw(0, 0, 0, 0, 0, 0)
                .ascii("ANMF").u32le(16 + vp8.length).u24le(0).u24le(0).u24le(frameWidth - 1).u24le(frameHeight - 1)
                .u24le(100).u8(0).raw(vp8);
        byte[] content = animation.toArray();
        return new Bytes().ascii("RIFF").u32le(4 + content.length).ascii("WEBP").raw(content).toArray();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] riff(String chunk, byte[] payload) {
        Bytes body = new Bytes().ascii("WEBP").ascii(chunk).u32le(payload.length).raw(payload);
        if (payload.length % 2 == 1) {
            body.u8(0);
        }
        byte[] content = body.toArray();
        return new Bytes().ascii("RIFF").u32le(content.length).raw(content).toArray();
    }

    /**
     * A JPEG that compresses as a photo does: gradients under sensor-like noise. 2400 × 1600 makes
     * about 1 MB.
     */
    public static byte[] photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(57) - 28;
                int red = channel(x * 255 / width + noise);
                int green = channel(y * 255 / height + noise);
                int blue = channel(128 + (int) (60 * Math.sin(x / 37.0 + y / 53.0)) + noise);
                image.setRGB(x, y, red << 16 | green << 8 | blue);
            }
        }
        return write(image, "jpeg");
    }

    private static int channel(int value) {
        return Math.clamp(value, 0, 255);
    }

    private static byte[] write(String format, int width, int height, Color color, int type) {
        return write(filled(width, height, color, type), format);
    }

    private static BufferedImage filled(int width, int height, Color color, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** The image with its first and last pixel set to random opaque colours. */
    private static BufferedImage distinct(BufferedImage image) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        image.setRGB(0, 0, 0xFF000000 | random.nextInt(1 << 24));
        image.setRGB(image.getWidth() - 1, image.getHeight() - 1, 0xFF000000 | random.nextInt(1 << 24));
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A tiny byte builder for headers. */
    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes u8(int v) {
            out.write(v);
            return this;
        }

        Bytes raw(int... values) {
            for (int v : values) {
                out.write(v);
            }
            return this;
        }

        Bytes raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        Bytes ascii(String s) {
            return raw(TestImages.ascii(s));
        }

        Bytes u16be(int v) {
            return u8(v >>> 8).u8(v);
        }

        Bytes u16le(int v) {
            return u8(v).u8(v >>> 8);
        }

        Bytes u24le(int v) {
            return u8(v).u8(v >>> 8).u8(v >>> 16);
        }

        Bytes u32be(long v) {
            return u8((int) (v >>> 24)).u8((int) (v >>> 16)).u8((int) (v >>> 8)).u8((int) v);
        }

        Bytes u32le(long v) {
            return u8((int) v).u8((int) (v >>> 8)).u8((int) (v >>> 16)).u8((int) (v >>> 24));
        }

        byte[] toArray() {
            return out.toByteArray();
        }
    }
}
