package app.lightbox.images.derivatives;

import app.lightbox.images.ImageFormat;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * A stand-in maker, deliberately simple, until the real one (bounded memory, orientation, colour) is
 * merged: decodes the whole original with ImageIO and scales with Graphics2D. To be deleted then.
 */
@Component
class SimpleDerivativeMaker implements DerivativeMaker {

    @Override
    public List<Rendition> make(InputStream original, List<Integer> longSides) throws IOException {
        BufferedImage image = ImageIO.read(original);
        if (image == null) {
            throw new IOException("No image reader for this file");
        }
        int longest = Math.max(image.getWidth(), image.getHeight());
        boolean alpha = image.getColorModel().hasAlpha();
        List<Rendition> renditions = new ArrayList<>();
        for (int side : longSides) {
            if (side >= longest) {
                continue;
            }
            int width = Math.max(1, (int) Math.round((double) image.getWidth() * side / longest));
            int height = Math.max(1, (int) Math.round((double) image.getHeight() * side / longest));
            BufferedImage scaled = new BufferedImage(width, height,
                    alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            ImageFormat format = alpha ? ImageFormat.PNG : ImageFormat.JPEG;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(scaled, alpha ? "png" : "jpeg", out)) {
                throw new IOException("No image writer for " + format.displayName());
            }
            renditions.add(new Rendition(side, width, height, format, out.toByteArray()));
        }
        return renditions;
    }
}
