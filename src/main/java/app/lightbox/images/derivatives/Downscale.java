package app.lightbox.images.derivatives;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * A good-quality reduction with Java2D alone, as Thumbnailator's progressive bilinear resizer does
 * it: halve with bilinear filtering while the image is at least twice the target (each halving
 * averages 2 × 2 pixels, so no detail is skipped), then one last bilinear step to the exact size.
 * The steps draw onto {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB_PRE}, the types Java2D scales
 * fast; premultiplied alpha keeps the colour of transparent pixels from bleeding into their
 * neighbours.
 */
final class Downscale {

    private Downscale() {}

    /** The image at {@code width} × {@code height}, of {@code type}; any input type is accepted. */
    static BufferedImage to(BufferedImage source, int width, int height, int type) {
        BufferedImage current = source;
        do {
            boolean halve = current.getWidth() >= 2 * width && current.getHeight() >= 2 * height;
            current = draw(current, halve ? current.getWidth() / 2 : width, halve ? current.getHeight() / 2 : height,
                    type);
        } while (current.getWidth() != width || current.getHeight() != height);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /**
     * Whether any pixel is less than fully opaque: an alpha channel alone (common in screenshots
     * and exported PNGs) does not make an image transparent.
     */
    static boolean hasTransparentPixels(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int width = image.getWidth();
        Raster alpha = image.getColorModel() instanceof IndexColorModel ? null : image.getAlphaRaster();
        if (alpha != null) {
            int opaque = (1 << image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1)) - 1;
            int[] row = new int[width];
            for (int y = 0; y < image.getHeight(); y++) {
                alpha.getSamples(0, y, width, 1, 0, row);
                for (int value : row) {
                    if (value < opaque) {
                        return true;
                    }
                }
            }
            return false;
        }
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
