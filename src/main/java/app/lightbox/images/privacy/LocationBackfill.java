package app.lightbox.images.privacy;

import app.lightbox.base.Sha256;
import app.lightbox.base.db.TaskClaims;
import app.lightbox.images.privacy.LocationRemoval.Cleaned;
import app.lightbox.images.privacy.UncheckedImages.Unchecked;
import app.lightbox.images.storage.ImageStorage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Takes the location out of the images stored before uploads lost theirs (V13), or while
 * {@code lightbox.privacy.strip-location} was off: in the background, on a thread of its own, a small batch
 * at a time with a pause between batches, oldest first, one image at a time. Each goes through the same
 * {@link LocationRemoval} as an upload; one that held a location is replaced by its copy without, whole, and
 * its row follows (size, hash and so ETag, "location removed"). Started with the storage sweep, at start-up
 * and then on its schedule; a run ends when nothing is left unchecked. New uploads are checked as they come.
 *
 * <p>Each batch is claimed through the database ({@link TaskClaims}): with several nodes, one checks at a time.
 * A node that stops between replacing a file and recording it leaves the image unchecked: the next run finds
 * nothing left to remove in its file, sees that the file is not the bytes the row records, and records it.
 */
@Component
public class LocationBackfill {

    static final String TASK = "images.location-backfill";
    /**
     * Far longer than a batch takes (at most 100 images, see {@link LocationBackfillProperties}); a node that dies
     * mid-batch keeps the others waiting this long at most.
     */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(LocationBackfill.class);

    /** What checking one image found. */
    enum Outcome {
        /** It held a location: its file was replaced by a copy without, and its row records that copy. */
        CLEANED,
        /** Its file was already without location, but not the bytes its row recorded: the row was corrected. */
        RECORDED,
        /** Nothing to remove; nothing changed but the mark. */
        UNCHANGED,
        /** Its file is missing: left unchecked, so that a file restored later is cleaned on a later run. */
        MISSING,
        /** Its metadata cannot be walked: left as it is, marked checked. */
        DAMAGED,
        /** It could not be read or written: left unchecked for the next run. */
        FAILED
    }

    private final UncheckedImages images;
    private final LocationRemoval removal;
    private final ImageStorage storage;
    private final TaskClaims claims;
    private final LocationBackfillProperties properties;
    private @Nullable ScheduledExecutorService executor;
    private boolean running;

    LocationBackfill(UncheckedImages images, LocationRemoval removal, ImageStorage storage, TaskClaims claims,
            LocationBackfillProperties properties) {
        this.images = images;
        this.removal = removal;
        this.storage = storage;
        this.claims = claims;
        this.properties = properties;
    }

    /** Starts a run in the background unless one is going or locations are not removed; returns at once. */
    public synchronized void start() {
        if (!removal.isOn() || running) {
            return;
        }
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("location-backfill").daemon().factory());
        }
        running = true;
        Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
        executor.execute(() -> batchesAfter(0, tally));
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        running = false;
    }

    /** Whether a run is going on, on this node. */
    synchronized boolean isRunning() {
        return running;
    }

    private void batchesAfter(long afterId, Map<Outcome, Integer> tally) {
        Optional<Long> last = Optional.empty();
        try {
            last = batch(afterId, tally);
        } catch (RuntimeException e) {
            log.warn("The location backfill failed; it starts again with the next storage sweep", e);
        }
        synchronized (this) {
            if (last.isEmpty() || executor == null) {
                running = false;
                return;
            }
            long next = last.get();
            try {
                executor.schedule(() -> batchesAfter(next, tally), properties.pause().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                running = false; // shutting down
            }
        }
    }

    /**
     * Checks the next batch of unchecked images after {@code afterId} (ids in storing order), if this node gets
     * the claim.
     *
     * @param tally what this run found so far, added to
     * @return the last id of the batch, to go on after; empty when nothing is left or another node is at it
     */
    Optional<Long> batch(long afterId, Map<Outcome, Integer> tally) {
        Optional<TaskClaims.Claim> claim = claims.claim(TASK, LEASE, Duration.ZERO);
        if (claim.isEmpty()) {
            log.debug("Location backfill skipped: another node is at it");
            return Optional.empty();
        }
        try {
            long left = afterId == 0 ? images.count() : 0;
            if (left > 0) {
                log.info("Removing locations from {} images stored before uploads lost theirs", left);
            }
            List<Unchecked> batch = images.oldestAfter(afterId, properties.batchSize());
            for (Unchecked image : batch) {
                tally.merge(check(image), 1, Integer::sum);
            }
            if (batch.size() < properties.batchSize()) {
                claims.finish(claim.get());
                if (!tally.isEmpty()) {
                    log.info("Location backfill done: {}", tally);
                }
                return Optional.empty();
            }
            claims.release(claim.get());
            return Optional.of(batch.getLast().id());
        } catch (RuntimeException e) {
            claims.release(claim.get());
            throw e;
        }
    }

    /** Checks one image, and records what was found unless it failed (it is then tried on the next run). */
    Outcome check(Unchecked image) {
        String name = image.storedName();
        try {
            if (!LocationStripper.handles(image.mediaType())) {
                images.checked(image.id());
                return Outcome.UNCHANGED;
            }
            Optional<Cleaned> copy = removal.copyWithout(() -> storage.open(name), image.mediaType());
            if (copy.isPresent()) {
                try (Cleaned cleaned = copy.get()) {
                    cleaned.file().replace(name);
                    recordCleaned(image, cleaned.file().size(), cleaned.sha256());
                }
                return Outcome.CLEANED;
            }
            Hashed stored = hash(name);
            if (stored.sha256().equals(image.sha256())) {
                images.checked(image.id());
                return Outcome.UNCHANGED;
            }
            log.info("Image {} was without location already but not recorded so (a run stopped in between): recorded",
                    name);
            recordCleaned(image, stored.size(), stored.sha256());
            return Outcome.RECORDED;
        } catch (FileNotFoundException e) {
            // left unchecked: a file restored later (a storage mounted again, a backup) is cleaned on a later run
            log.warn("Image {} has no file to remove a location from; it is looked at again on the next run", name);
            return Outcome.MISSING;
        } catch (MetadataDamagedException e) {
            log.warn("Image {} was left as it is: its metadata is damaged ({}), so whether it holds a location cannot"
                    + " be told; marked as checked", name, e.getMessage());
            images.checked(image.id());
            return Outcome.DAMAGED;
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the location from image {}; it is tried again on the next run", name, e);
            return Outcome.FAILED;
        } catch (DataAccessException e) {
            throw e; // the database, not this image: the run stops and starts again later
        } catch (RuntimeException e) {
            // a file the parsers trip over must not stop the images after it from being cleaned
            log.error("Could not remove the location from image {}; it is tried again on the next run", name, e);
            return Outcome.FAILED;
        }
    }

    /** Records the clean file; if the image was deleted meanwhile, the file just put back goes too. */
    private void recordCleaned(Unchecked image, long size, String sha256) throws IOException {
        if (!images.cleaned(image.id(), size, sha256)) {
            storage.delete(image.storedName());
        }
    }

    private record Hashed(long size, String sha256) {}

    private Hashed hash(String name) throws IOException {
        MessageDigest sha256 = Sha256.digest();
        try (InputStream in = new DigestInputStream(storage.open(name), sha256)) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new Hashed(size, Sha256.hex(sha256));
        }
    }
}
