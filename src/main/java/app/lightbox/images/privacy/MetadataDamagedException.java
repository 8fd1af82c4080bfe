package app.lightbox.images.privacy;

import java.io.IOException;

/**
 * A metadata segment that may hold a location cannot be walked (an offset or a count points outside
 * it), so whether a location is left in it cannot be told.
 */
public class MetadataDamagedException extends IOException {

    MetadataDamagedException(String message) {
        super(message);
    }
}
