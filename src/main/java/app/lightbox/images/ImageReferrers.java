package app.lightbox.images;

import app.lightbox.security.Actor;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the features that use images, so that the library can say where an image is used
 * without depending on them. Each answers for the referrers it records (the blog for {@code post:42}).
 */
public interface ImageReferrers {

    /** The referrer as the viewer may see it; empty if it is not this feature's, gone, or hidden from the viewer. */
    Optional<ImageReferrer> describe(String referrer, @Nullable Actor viewer);
}
