package app.lightbox.images.derivatives;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.File;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Large originals written by ImageIO for the memory test and the benchmark: gradients, stripes and
 * (in the JPEG) noise, so that decoders and encoders work as hard as on a photo rather than on flat
 * colour.
 */
public final class PhotoLikeImages {

    private PhotoLikeImages() {}

    /** A JPEG of width × height at quality 0.9, as cameras write. */
    public static void jpeg(File file, int width, int height) throws IOException {
        write(file, draw(width, height, false), "jpeg", 0.9f, false);
    }

    /** The same as a progressive JPEG, as some editors and web tools write. */
    public static void progressiveJpeg(File file, int width, int height) throws IOException {
        write(file, draw(width, height, false), "jpeg", 0.9f, true);
    }

    /**
     * An RGBA PNG of width × height whose top-left eighth is fully transparent, without noise, as
     * screenshots and exported graphics are.
     */
    public static void png(File file, int width, int height) throws IOException {
        write(file, draw(width, height, true), "png", 0.9f, false); // deflate level 1: big originals are rarely tighter
    }

    private static BufferedImage draw(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int bands = alpha ? 4 : 3;
        int seed = 12345;
        for (int y = 0; y < height; y++) {
            int row = y * width * bands;
            for (int x = 0; x < width; x++) {
                seed = seed * 1103515245 + 12345;
                int noise = alpha ? 0 : (seed >>> 16 & 31) - 16;
                int i = row + x * bands;
                int band = 0;
                if (alpha) {
                    data[i] = (byte) (x < width / 4 && y < height / 2 ? 0 : 255);
                    band = 1;
                }
                data[i + band] = clamp(255 * x / width + noise); // blue
                data[i + band + 1] = clamp(255 * y / height + ((x / 37 + y / 53) % 2) * 40 + noise); // green
                data[i + band + 2] = clamp(128 + (int) (100 * Math.sin((x + y) / 90.0)) + noise); // red
            }
        }
        return image;
    }

    private static byte clamp(int value) {
        return (byte) Math.max(0, Math.min(255, value));
    }

    private static void write(File file, BufferedImage image, String format, float quality, boolean progressive)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
