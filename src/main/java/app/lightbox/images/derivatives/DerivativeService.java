package app.lightbox.images.derivatives;

import app.lightbox.images.derivatives.DerivativeJobs.State;
import app.lightbox.images.derivatives.DerivativeRecords.Lookup;
import app.lightbox.images.storage.ImageStorage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The API of derivatives: queueing an image's, finding the one to serve (made on the request if it
 * should exist but does not), and their sizes for pages. When an image's derivatives are ready,
 * {@link DerivativesReady} is published.
 */
@Service
public class DerivativeService {

    private static final Logger log = LoggerFactory.getLogger(DerivativeService.class);

    private final DerivativeJobs jobs;
    private final DerivativeRecords records;
    private final DerivativeWorkers workers;
    private final ImageStorage storage;

    DerivativeService(DerivativeJobs jobs, DerivativeRecords records, DerivativeWorkers workers, ImageStorage storage) {
        this.jobs = jobs;
        this.records = records;
        this.workers = workers;
        this.storage = storage;
    }

    /**
     * Queues the derivatives of a newly recorded image in the transaction that records it, so that no image
     * is ever committed without its job; the workers are nudged once it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(long imageId) {
        jobs.enqueue(imageId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.nudge();
            }
        });
    }

    /**
     * The derivative to serve for an original (by its stored name). One that should exist but does not yet
     * (its job waits, or its file went missing) is made now, waiting for this node's worker if it is on it.
     * Not transactional: no connection is held while an image decodes.
     *
     * @return empty when the original stands in for it: it is not larger than the derivative would be, making
     *     it failed or took too long, or there is no such image (which the caller finds out with the original)
     */
    public Optional<DerivativeFile> servable(String originalName, DerivativeKind kind) {
        if (!ImageStorage.isValidName(originalName)) {
            return Optional.empty();
        }
        Optional<Lookup> found = records.lookup(originalName, kind);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Lookup lookup = found.get();
        DerivativeFile derivative = lookup.derivative();
        if (derivative != null) {
            if (storage.exists(derivative.storedName())) {
                return Optional.of(derivative);
            }
            log.info("The derivative {} is recorded but its file is missing: making it again", derivative.storedName());
            jobs.requeue(lookup.imageId());
        } else if (lookup.state() != State.PENDING) {
            return Optional.empty();
        }
        if (!workers.awaitMade(lookup.imageId())) {
            return Optional.empty();
        }
        return records.lookup(originalName, kind).map(Lookup::derivative)
                .filter(made -> storage.exists(made.storedName()));
    }

    /** The stored names of the image's derivatives, e.g. to delete their files with it. */
    @Transactional(readOnly = true)
    public List<String> storedNamesOf(long imageId) {
        return records.storedNamesOf(imageId);
    }

    /** Those of the stored names that are recorded derivatives (not orphans, for the storage sweep). */
    @Transactional(readOnly = true)
    public List<String> recordedNamesIn(Collection<String> storedNames) {
        return records.recordedNamesIn(storedNames);
    }

    /**
     * The derivatives' sizes of each image, by the originals' stored names, in one query; an image not in
     * the library is absent from the map (take {@link DerivativeSizes#ORIGINAL_ONLY}).
     */
    @Transactional(readOnly = true)
    public Map<String, DerivativeSizes> sizes(Collection<String> originalNames) {
        return records.sizes(originalNames.stream().filter(ImageStorage::isValidName).distinct().toList());
    }
}
