package app.lightbox.images.derivatives;

import app.lightbox.images.ImageFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a rendition: JPEG at quality 0.82 for opaque pictures, PNG where some pixel is transparent
 * (no pure-Java encoder writes lossless WebP). Written without metadata, so the file holds the pixels
 * and nothing of the original's EXIF; untagged means sRGB to browsers.
 */
final class RenditionEncoder {

    static final float JPEG_QUALITY = 0.82f;

    private RenditionEncoder() {}

    /**
     * @param image of {@code TYPE_INT_RGB} (opaque) or {@code TYPE_INT_ARGB_PRE} (transparent)
     */
    static Rendition encode(int longSide, BufferedImage image, boolean transparent) throws IOException {
        ImageFormat format = transparent ? ImageFormat.PNG : ImageFormat.JPEG;
        ImageWriter writer = writer(transparent ? "png" : "jpeg");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            BufferedImage pixels = image;
            if (transparent) {
                // The PNG writer stores what it is given; premultiplied values would darken edges.
                pixels = Downscale.to(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            } else {
                // The JPEG writer takes interleaved bytes as they are; packed ints it unpacks row by row.
                pixels = Downscale.to(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                if (param instanceof JPEGImageWriteParam jpeg) {
                    jpeg.setOptimizeHuffmanTables(true);
                }
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
        return new Rendition(longSide, image.getWidth(), image.getHeight(), format, bytes.toByteArray());
    }

    private static ImageWriter writer(String format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("No " + format + " writer is installed");
        }
        return writers.next();
    }
}
