package app.lightbox.images;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.images.derivatives.DerivativeService;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.security.Actor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deletes images, with the rules the views and the API share: only the uploader or an admin, and an image
 * that posts use only when the caller says so ({@code force}: the library's view asks the reader first, the
 * API wants {@code force=true}). The row (and its derivatives' rows) goes at once, the files once the
 * deletion is committed: a file without a row is harmless, a row without its file is not.
 */
@Service
public class ImageDeletions {

    private static final Logger log = LoggerFactory.getLogger(ImageDeletions.class);

    private final StoredImageRepository images;
    private final ImageStorage storage;
    private final DerivativeService derivatives;
    private final ImageReferences references;

    ImageDeletions(StoredImageRepository images, ImageStorage storage, DerivativeService derivatives,
            ImageReferences references) {
        this.images = images;
        this.storage = storage;
        this.derivatives = derivatives;
        this.references = references;
    }

    /**
     * @throws NotFoundException if there is no such image
     * @throws NotPermittedException unless the actor uploaded it or is an admin
     * @throws ImageInUseException if something uses it and {@code force} is false; nothing was deleted
     */
    @Transactional
    public void delete(long id, Actor actor, boolean force) {
        delete(images.findById(id), "Image " + id, actor, force);
    }

    /** As {@link #delete(long, Actor, boolean)}, by the image's stored name. */
    @Transactional
    public void delete(String storedName, Actor actor, boolean force) {
        delete(ImageStorage.isValidName(storedName) ? images.findByStoredName(storedName) : Optional.empty(),
                "Image " + storedName, actor, force);
    }

    private void delete(Optional<StoredImage> found, String what, Actor actor, boolean force) {
        StoredImage image = found.orElseThrow(() -> new NotFoundException(what));
        if (!actor.mayChange(image.getUploaderId())) {
            throw new NotPermittedException("Only the uploader or an admin may delete " + what);
        }
        String storedName = image.getStoredName();
        if (!force) {
            List<String> referrers = references.referrers(storedName);
            if (!referrers.isEmpty()) {
                throw new ImageInUseException(storedName, referrers.size(), references.whereUsed(storedName, actor));
            }
        }
        long id = Objects.requireNonNull(image.getId());
        List<String> files = new ArrayList<>(derivatives.storedNamesOf(id));
        files.add(storedName);
        images.delete(image);
        images.flush();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.forEach(ImageDeletions.this::deleteFile);
            }
        });
    }

    /** Removes a stored file; a failure is logged, a file without a row is harmless. */
    void deleteFile(String storedName) {
        try {
            storage.delete(storedName);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the file of image {}", storedName, e);
        }
    }
}
