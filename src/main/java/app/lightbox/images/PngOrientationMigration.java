package app.lightbox.images;

import app.lightbox.images.storage.ImageStorage;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 16: PNGs uploaded before {@link PngOrientation} was read have the size they are
 * stored at, though browsers turn them by their {@code eXIf} chunk. WebPs keep theirs: browsers ignore
 * the orientation of a WebP (see {@link ImageHeader}).
 */
@Component
class PngOrientationMigration extends ShownSizeMigration {

    PngOrientationMigration(ImageStorage storage) {
        super("16", "png sizes as shown", ImageFormat.PNG, "PNGs", storage);
    }
}
