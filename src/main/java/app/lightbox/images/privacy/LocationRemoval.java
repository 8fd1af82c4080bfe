package app.lightbox.images.privacy;

import app.lightbox.base.Sha256;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.images.storage.PendingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/**
 * The privacy step of storing an upload ({@code lightbox.privacy.strip-location}): a received file
 * that holds a location is written again without it, into a pending file of its own. A file with
 * nothing to remove is not rewritten at all.
 */
@Component
public class LocationRemoval {

    private final PrivacyProperties properties;
    private final ImageStorage storage;

    LocationRemoval(PrivacyProperties properties, ImageStorage storage) {
        this.properties = properties;
        this.storage = storage;
    }

    /**
     * What to store of an upload: the upload itself, or its copy without location. Closing the result
     * discards the copy unless it was committed; the upload stays the caller's.
     *
     * @param uploadSha256 the hash of the upload's bytes, which stays the stored hash if nothing is removed
     * @throws MetadataDamagedException if the upload may hold a location that cannot be removed
     */
    public Cleaned apply(PendingFile upload, String mediaType, String uploadSha256) throws IOException {
        if (!properties.stripLocation() || !LocationStripper.handles(mediaType)) {
            return new Cleaned(upload, false, uploadSha256);
        }
        try (InputStream in = upload.open()) {
            if (!LocationStripper.strip(mediaType, in, OutputStream.nullOutputStream())) {
                return new Cleaned(upload, false, uploadSha256);
            }
        }
        MessageDigest sha256 = Sha256.digest();
        PendingFile cleaned = storage.write(out -> {
            try (InputStream in = upload.open()) {
                LocationStripper.strip(mediaType, in, new DigestOutputStream(out, sha256));
            }
        });
        return new Cleaned(cleaned, true, Sha256.hex(sha256));
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
