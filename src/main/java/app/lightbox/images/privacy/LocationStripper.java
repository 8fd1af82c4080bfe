package app.lightbox.images.privacy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;

/**
 * Copies an image without its GPS position and the device's serial numbers, losslessly: metadata is
 * rewritten, pixel data copied byte for byte. Orientation, colour profile, capture date, camera make
 * and model and any other metadata stay as they were.
 */
public final class LocationStripper {

    private static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    private LocationStripper() {}

    /** Whether images of this media type can carry a location that {@link #strip} removes (not GIF). */
    public static boolean handles(String mediaType) {
        return MEDIA_TYPES.contains(mediaType);
    }

    /**
     * Copies {@code in} to {@code out} without location. With {@link OutputStream#nullOutputStream()}
     * it tells whether there is anything to remove, changing nothing. Closes neither stream.
     *
     * @return whether anything was removed; if not, what was written equals what was read
     * @throws MetadataDamagedException if a metadata segment that may hold a location cannot be walked
     * @throws IllegalArgumentException if the media type is not {@linkplain #handles handled}
     */
    public static boolean strip(String mediaType, InputStream in, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        boolean removed = switch (mediaType) {
            case "image/jpeg" -> JpegStripper.strip(in, buffered);
            case "image/png" -> PngStripper.strip(in, buffered);
            case "image/webp" -> WebpStripper.strip(in, buffered);
            default -> throw new IllegalArgumentException("No location stripper for " + mediaType);
        };
        buffered.flush();
        return removed;
    }
}
