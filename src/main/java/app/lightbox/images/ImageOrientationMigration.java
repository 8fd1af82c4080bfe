package app.lightbox.images;

import app.lightbox.images.storage.ImageStorage;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 11: JPEGs uploaded before {@link ExifOrientation} was read have the size they are
 * stored at, not the size they are shown at (a portrait photo said 640 × 480).
 */
@Component
class ImageOrientationMigration extends ShownSizeMigration {

    ImageOrientationMigration(ImageStorage storage) {
        super("11", "image sizes as shown", ImageFormat.JPEG, "JPEGs", storage);
    }
}
