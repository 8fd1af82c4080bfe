package app.lightbox.images.privacy;

import app.lightbox.base.Sha256;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.images.storage.PendingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The privacy step of storing an upload ({@code lightbox.privacy.strip-location}), and of the
 * {@link LocationBackfill} of images stored before: an image that holds a location is written again
 * without it, into a pending file of its own. An image with nothing to remove is not rewritten at all.
 */
@Component
public class LocationRemoval {

    private final PrivacyProperties properties;
    private final ImageStorage storage;

    LocationRemoval(PrivacyProperties properties, ImageStorage storage) {
        this.properties = properties;
        this.storage = storage;
    }

    /** Whether images lose their location ({@code lightbox.privacy.strip-location}). */
    public boolean isOn() {
        return properties.stripLocation();
    }

    /**
     * What to store of an upload: the upload itself, or its copy without location. Closing the result
     * discards the copy unless it was committed; the upload stays the caller's.
     *
     * @param uploadSha256 the hash of the upload's bytes, which stays the stored hash if nothing is removed
     * @throws MetadataDamagedException if the upload may hold a location that cannot be removed
     */
    public Cleaned apply(PendingFile upload, String mediaType, String uploadSha256) throws IOException {
        return copyWithout(upload::open, mediaType).orElseGet(() -> new Cleaned(upload, false, uploadSha256));
    }

    /** Image bytes read from the start at each call: an upload, or a stored image. */
    @FunctionalInterface
    public interface Source {
        /** The caller closes the stream. */
        InputStream open() throws IOException;
    }

    /**
     * A copy of the image without its location, in a pending file of its own, or empty if there is nothing
     * to remove (or removing is off, or the type carries none). Closing it discards it unless committed.
     *
     * @throws MetadataDamagedException if the image may hold a location that cannot be removed
     */
    public Optional<Cleaned> copyWithout(Source image, String mediaType) throws IOException {
        if (!isOn() || !LocationStripper.handles(mediaType)) {
            return Optional.empty();
        }
        try (InputStream in = image.open()) {
            if (!LocationStripper.strip(mediaType, in, OutputStream.nullOutputStream())) {
                return Optional.empty();
            }
        }
        MessageDigest sha256 = Sha256.digest();
        PendingFile cleaned = storage.write(out -> {
            try (InputStream in = image.open()) {
                LocationStripper.strip(mediaType, in, new DigestOutputStream(out, sha256));
            }
        });
        return Optional.of(new Cleaned(cleaned, true, Sha256.hex(sha256)));
    }

    /**
     * The bytes to store.
     *
     * @param file the pending file to commit
     * @param locationRemoved whether it is a copy of the upload without its location
     * @param sha256 the hash of its bytes
     */
    public record Cleaned(PendingFile file, boolean locationRemoved, String sha256) implements AutoCloseable {
        @Override
        public void close() {
            if (locationRemoved) {
                file.close();
            }
        }
    }
}
