package app.lightbox.images.derivatives;

import java.awt.Graphics2D;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * An original opened for one decode: its format, its size as stored (the canvas of an animation),
 * its EXIF orientation, and the reader that decodes its first frame at a fraction of that size.
 */
final class Original implements AutoCloseable {

    /**
     * The largest lossless WebP (or WebP with losslessly compressed alpha) decoded: TwelveMonkeys
     * allocates such a frame at full size, 4 bytes a pixel, whatever the subsampling asked.
     */
    static final long FULL_SIZE_WEBP_PIXELS = 16_000_000;

    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "webp");

    private final ImageReader reader;
    private final String format;
    private final int orientation;
    private final @Nullable WebpLayout webp;
    private final boolean plainJpeg;
    private final int width;
    private final int height;

    private Original(ImageReader reader, String format, int orientation, @Nullable WebpLayout webp,
            boolean plainJpeg) throws IOException {
        this.reader = reader;
        this.format = format;
        this.orientation = orientation;
        this.webp = webp;
        this.plainJpeg = plainJpeg;
        if (webp != null && webp.animated()) {
            width = webp.canvasWidth();
            height = webp.canvasHeight();
        } else if (format.equals("gif")) {
            Node screen = child(reader.getStreamMetadata(), "javax_imageio_gif_stream_1.0", "LogicalScreenDescriptor");
            width = screen == null ? reader.getWidth(0) : attribute(screen, "logicalScreenWidth");
            height = screen == null ? reader.getHeight(0) : attribute(screen, "logicalScreenHeight");
        } else {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        }
    }

    /** Finds the reader of a PNG, JPEG, GIF or WebP, and reads what decoding needs to know first. */
    static Original open(ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("Not a PNG, JPEG, GIF or WebP image: no decoder recognises its first bytes");
        }
        ImageReader reader = readers.next();
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            reader.dispose();
            throw new IOException("Not a PNG, JPEG, GIF or WebP image but " + format);
        }
        try {
            int orientation = Orientation.read(in, format);
            WebpLayout webp = format.equals("webp") ? WebpLayout.read(in) : null;
            boolean plainJpeg = format.equals("jpeg") && YCbCrJpeg.isPlain(in);
            reader.setInput(in);
            return new Original(reader, format, orientation, webp, plainJpeg);
        } catch (IOException | RuntimeException e) {
            reader.dispose();
            throw new IOException("The image's header cannot be read: " + e.getMessage(), e);
        }
    }

    /** The stored width: before orientation, the canvas of an animation. */
    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int orientation() {
        return orientation;
    }

    /**
     * The first frame, decoded with source subsampling {@code k} (every k-th pixel of every k-th row,
     * so memory follows the output), on its canvas where it is an animation's frame. A plain YCbCr JPEG
     * comes already halved where that keeps it at least {@code width} × {@code height}, the size it is
     * reduced to next (see {@link YCbCrJpeg}).
     */
    Decoded decode(int k, int width, int height) throws IOException {
        if (webp != null) {
            refuseFullSizeDecodeAboveLimit(webp);
        }
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(k, k, 0, 0);
        try {
            return switch (format) {
                case "png" -> new Decoded(reader.read(0, param), pngProfile());
                case "gif" -> new Decoded(gifFirstFrame(param, k), null);
                case "webp" -> new Decoded(webpFirstFrame(param, k), null);
                default -> plainJpeg && ceilDiv(this.width, k) >= 2 * width && ceilDiv(this.height, k) >= 2 * height
                        ? new Decoded(YCbCrJpeg.halvedToRgb(reader.readRaster(0, param)), null)
                        : new Decoded(reader.read(0, param), null);
            };
        } catch (IOException | RuntimeException e) {
            throw new IOException("The " + format.toUpperCase(Locale.ROOT) + " image cannot be decoded: "
                    + e.getMessage(), e);
        }
    }

    private BufferedImage gifFirstFrame(ImageReadParam param, int k) throws IOException {
        BufferedImage frame = reader.read(0, param);
        Node descriptor = child(reader.getImageMetadata(0), "javax_imageio_gif_image_1.0", "ImageDescriptor");
        int x = descriptor == null ? 0 : attribute(descriptor, "imageLeftPosition");
        int y = descriptor == null ? 0 : attribute(descriptor, "imageTopPosition");
        return onCanvas(frame, k, x, y);
    }

    private void refuseFullSizeDecodeAboveLimit(WebpLayout layout) throws IOException {
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (layout.decodedAtFullSize() && pixels > FULL_SIZE_WEBP_PIXELS) {
            throw new IOException(String.format(Locale.ROOT,
                    "A lossless WebP of %.1f megapixels is above the %d-megapixel limit: its decoder holds the"
                            + " whole picture in memory", pixels / 1e6, FULL_SIZE_WEBP_PIXELS / 1_000_000));
        }
    }

    private BufferedImage webpFirstFrame(ImageReadParam param, int k) throws IOException {
        BufferedImage frame = reader.read(0, param);
        return webp != null && webp.animated() ? onCanvas(frame, k, webp.frameX(), webp.frameY()) : frame;
    }

    /** The frame drawn at its offset on a transparent canvas of the original's size, both reduced by k. */
    private BufferedImage onCanvas(BufferedImage frame, int k, int x, int y) {
        int canvasWidth = ceilDiv(width, k);
        int canvasHeight = ceilDiv(height, k);
        if (x == 0 && y == 0 && frame.getWidth() == canvasWidth && frame.getHeight() == canvasHeight) {
            return frame;
        }
        BufferedImage canvas = new BufferedImage(canvasWidth, canvasHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.drawImage(frame, x / k, y / k, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /**
     * The ICC profile of a PNG's {@code iCCP} chunk: the JDK's reader keeps it in the metadata
     * (compressed) and labels the pixels sRGB whatever it says.
     */
    private @Nullable ICC_Profile pngProfile() throws IOException {
        Node iccp = child(reader.getImageMetadata(0), "javax_imageio_png_1.0", "iCCP");
        if (!(iccp instanceof IIOMetadataNode node) || !(node.getUserObject() instanceof byte[] compressed)) {
            return null;
        }
        return SrgbConversion.profile(compressed);
    }

    private static @Nullable Node child(@Nullable IIOMetadata metadata, String format, String name) {
        if (metadata == null || !Set.of(metadata.getMetadataFormatNames()).contains(format)) {
            return null;
        }
        for (Node n = metadata.getAsTree(format).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static int attribute(Node node, String name) {
        Node value = node.getAttributes().getNamedItem(name);
        return value == null ? 0 : Integer.parseInt(value.getNodeValue());
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    @Override
    public void close() {
        reader.dispose();
    }

    /**
     * @param image the first frame, reduced, in the stored orientation
     * @param profile a PNG's colour profile still to be applied; JPEG and WebP come out in sRGB
     */
    record Decoded(BufferedImage image, @Nullable ICC_Profile profile) {}
}
