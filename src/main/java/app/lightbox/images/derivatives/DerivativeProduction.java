package app.lightbox.images.derivatives;

import app.lightbox.base.Sha256;
import app.lightbox.images.derivatives.DerivativeJobs.Job;
import app.lightbox.images.derivatives.DerivativeJobs.State;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.images.storage.PendingFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works on one job this node has claimed: the maker's work and the files outside any transaction (no
 * connection is held while an image decodes), then the rows and the job's end in one short transaction.
 */
@Component
class DerivativeProduction {

    private static final Logger log = LoggerFactory.getLogger(DerivativeProduction.class);

    private final DerivativeJobs jobs;
    private final DerivativeRecords records;
    private final ImageStorage storage;
    private final DerivativeMaker maker;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DerivativeProduction(DerivativeJobs jobs, DerivativeRecords records, ImageStorage storage, DerivativeMaker maker,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.jobs = jobs;
        this.records = records;
        this.storage = storage;
        this.maker = maker;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Makes, stores and records the derivatives of a claimed job's image, or records why it could not. */
    void run(long imageId) {
        Optional<String> original = records.originalName(imageId);
        if (original.isEmpty()) {
            return; // deleted since it was claimed, and its job with it
        }
        String name = original.get();
        Map<DerivativeKind, DerivativeFile> made;
        try {
            made = make(name);
        } catch (IOException | RuntimeException e) {
            recordFailure(imageId, name, e);
            return;
        }
        boolean recorded = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!jobs.finish(imageId)) {
                return false;
            }
            records.replace(imageId, made);
            return true;
        }));
        if (!recorded) {
            log.info("The derivatives of image {} were made, but its job is no longer this node's", name);
            if (records.originalName(imageId).isEmpty()) {
                made.values().forEach(file -> deleteQuietly(file.storedName())); // deleted meanwhile
            }
            return;
        }
        log.debug("Made the derivatives of image {}: {}", name, made.keySet());
        events.publishEvent(new DerivativesReady(imageId, name));
    }

    private Map<DerivativeKind, DerivativeFile> make(String originalName) throws IOException {
        List<Rendition> renditions;
        try (InputStream in = storage.open(originalName)) {
            renditions = maker.make(in, DerivativeKind.longSides());
        }
        Map<DerivativeKind, DerivativeFile> made = new EnumMap<>(DerivativeKind.class);
        for (Rendition rendition : renditions) {
            DerivativeKind kind = DerivativeKind.ofLongSide(rendition.longSide());
            String storedName = kind.storedName(originalName, rendition.format());
            try (PendingFile pending = storage.receive(new ByteArrayInputStream(rendition.bytes()))) {
                pending.commit(storedName);
            }
            made.put(kind, new DerivativeFile(storedName, rendition.format().mediaType(), rendition.width(),
                    rendition.height(), rendition.bytes().length, Sha256.hex(rendition.bytes())));
        }
        return made;
    }

    private void recordFailure(long imageId, String name, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Optional<Job> job = jobs.fail(imageId, reason);
        if (job.isPresent() && job.get().state() == State.FAILED) {
            log.warn("Gave up making the derivatives of image {} after {} attempts; its original is shown instead: {}",
                    name, job.get().attempts(), reason, e);
            events.publishEvent(new DerivativesReady(imageId, name));
        } else {
            log.info("Could not make the derivatives of image {} (tried again later): {}", name, reason);
        }
    }

    private void deleteQuietly(String storedName) {
        try {
            storage.delete(storedName);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the derivative {}", storedName, e);
        }
    }
}
