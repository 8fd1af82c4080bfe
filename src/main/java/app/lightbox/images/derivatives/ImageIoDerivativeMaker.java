package app.lightbox.images.derivatives;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Renditions with ImageIO and Java2D: TwelveMonkeys reads JPEG (CMYK, YCCK and ICC profiles
 * converted to sRGB) and WebP, the JDK reads PNG and GIF, metadata-extractor finds the orientation.
 *
 * <p>The original is decoded once with source subsampling k = ⌊long side / (2 × largest side
 * asked)⌋, which keeps at least twice the largest rendition's pixels for the filter while memory
 * follows the output (a 40-megapixel photo for a 1280-pixel display size decodes at k = 3, some
 * 18 MB). The largest rendition is made from that, each smaller one from the one before.
 */
@Component
public class ImageIoDerivativeMaker implements DerivativeMaker {

    public ImageIoDerivativeMaker() {
        ImageIoPlugins.register();
    }

    @Override
    public List<Rendition> make(InputStream original, List<Integer> longSides) throws IOException {
        try (ImageInputStream in = SeekableOriginal.of(original);
                Original source = Original.open(in)) {
            int longSide = Math.max(source.width(), source.height());
            List<Integer> sides = longSides.stream().filter(side -> side > 0 && side < longSide).distinct()
                    .sorted(Comparator.reverseOrder()).toList();
            if (sides.isEmpty()) {
                return List.of();
            }
            int k = Math.max(1, longSide / (2 * sides.getFirst()));
            int width = scaled(source.width(), sides.getFirst(), longSide);
            int height = scaled(source.height(), sides.getFirst(), longSide);
            Original.Decoded decoded = source.decode(k, width, height);
            boolean transparent = Downscale.hasTransparentPixels(decoded.image());
            int type = transparent ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
            boolean turned = Orientation.turnsAQuarter(source.orientation());
            int shownWidth = turned ? source.height() : source.width();
            int shownHeight = turned ? source.width() : source.height();

            Map<Integer, Rendition> made = new HashMap<>();
            BufferedImage previous = null;
            for (int side : sides) {
                BufferedImage image;
                if (previous == null) {
                    image = Downscale.to(decoded.image(), width, height, type);
                    image = SrgbConversion.toSrgb(Orientation.apply(image, source.orientation()), decoded.profile());
                } else {
                    image = Downscale.to(previous, scaled(shownWidth, side, longSide),
                            scaled(shownHeight, side, longSide), type);
                }
                made.put(side, RenditionEncoder.encode(side, image, transparent));
                previous = image;
            }
            return longSides.stream().distinct().filter(made::containsKey).map(made::get).toList();
        }
    }

    private static int scaled(int length, int side, int longSide) {
        return Math.max(1, (int) Math.round(length * (double) side / longSide));
    }
}
