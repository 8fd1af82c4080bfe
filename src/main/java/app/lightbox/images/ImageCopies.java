package app.lightbox.images;

import app.lightbox.images.StoreResult.AlreadyStored;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.images.storage.PendingFile;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One copy per image. An upload is the same image as one in the library when its bytes, once its location
 * is removed, are that image's stored bytes (the same photo uploaded twice, or a downloaded copy uploaded
 * again), or when its bytes as uploaded are what that image was uploaded as (the same photo, stored while
 * removing locations was off or removed differently). The stored bytes' hash is unique in the table
 * ({@code content_key}), so two identical uploads at the same moment end with one row, and the one that
 * loses asks here for the winner.
 */
@Component
class ImageCopies {

    private static final Logger log = LoggerFactory.getLogger(ImageCopies.class);

    private final StoredImageRepository images;
    private final ImageStorage storage;
    private final TransactionTemplate transaction;

    ImageCopies(StoredImageRepository images, ImageStorage storage, PlatformTransactionManager transactionManager) {
        this.images = images;
        this.storage = storage;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * The image these bytes are already stored as, if any. If its file has gone missing (deleted by hand,
     * an old backup restored) and the upload's stored bytes are exactly its bytes, they are committed as
     * its file: the upload heals it instead of being turned away to a broken image.
     *
     * @param upload the upload's stored bytes, not committed yet
     */
    Optional<AlreadyStored> find(String storedSha256, String uploadSha256, PendingFile upload) throws IOException {
        Optional<StoredImage> found = images.findCopy(storedSha256, uploadSha256);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredImage existing = found.get();
        if (storage.size(existing.getStoredName()).isEmpty()) {
            if (!storedSha256.equals(existing.getSha256())) {
                // the same upload once, stored differently then (before locations were removed), and its file is
                // gone: these bytes are not its bytes, so they are a new image rather than an answer that is broken
                return Optional.empty();
            }
            upload.commit(existing.getStoredName());
            transaction.executeWithoutResult(status -> images.markFileMissing(List.of(existing.getStoredName()), false));
            log.info("The missing file of image {} was restored by an upload of the same bytes", existing.getStoredName());
        }
        return summary(existing.getStoredName());
    }

    /** After losing the race to an identical upload: the image that won, if it is there. */
    Optional<AlreadyStored> winner(String storedSha256, String uploadSha256) {
        return images.findCopy(storedSha256, uploadSha256).flatMap(winner -> summary(winner.getStoredName()));
    }

    private Optional<AlreadyStored> summary(String storedName) {
        return images.findSummary(storedName).map(AlreadyStored::new);
    }
}
