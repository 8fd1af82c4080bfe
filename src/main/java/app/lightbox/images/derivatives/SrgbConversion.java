package app.lightbox.images.derivatives;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * Colours of a PNG tagged with an RGB profile other than sRGB (Display P3 screenshots, Adobe RGB
 * exports) turned into sRGB, which is what an untagged derivative means to browsers. Done on the
 * small image, after the reduction.
 */
final class SrgbConversion {

    private static final int LARGEST_PROFILE = 4 << 20;

    private SrgbConversion() {}

    /** The profile in a PNG {@code iCCP} chunk's zlib data; null when it is unreadable or not RGB. */
    static @Nullable ICC_Profile profile(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream profile = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && profile.size() < LARGEST_PROFILE) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                profile.write(buffer, 0, n);
            }
            ICC_Profile icc = ICC_Profile.getInstance(profile.toByteArray());
            return icc.getColorSpaceType() == ColorSpace.TYPE_RGB ? icc : null;
        } catch (DataFormatException | IllegalArgumentException e) {
            return null; // a broken profile is ignored, as browsers do
        } finally {
            inflater.end();
        }
    }

    /**
     * The image's colours converted from {@code profile} to sRGB, alpha untouched.
     *
     * @param image of {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB_PRE}
     */
    static BufferedImage toSrgb(BufferedImage image, @Nullable ICC_Profile profile) {
        if (profile == null) {
            return image;
        }
        boolean alpha = image.getColorModel().hasAlpha();
        // Converted without premultiplication, so that half-transparent pixels keep their colour.
        BufferedImage source = alpha ? Downscale.to(image, image.getWidth(), image.getHeight(),
                BufferedImage.TYPE_INT_ARGB) : image;
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), source.getType());
        ColorConvertOp op = new ColorConvertOp(new ICC_ColorSpace(profile),
                ColorSpace.getInstance(ColorSpace.CS_sRGB), null);
        op.filter(colourBands(source.getRaster()), colourBands(target.getRaster()));
        if (alpha) {
            target.getAlphaRaster().setRect(source.getAlphaRaster());
            return Downscale.to(target, image.getWidth(), image.getHeight(), image.getType());
        }
        return target;
    }

    private static WritableRaster colourBands(WritableRaster raster) {
        return raster.createWritableChild(0, 0, raster.getWidth(), raster.getHeight(), 0, 0, new int[] {0, 1, 2});
    }
}
