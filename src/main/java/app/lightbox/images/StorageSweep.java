package app.lightbox.images;

import app.lightbox.base.db.TaskClaims;
import app.lightbox.images.derivatives.DerivativeService;
import app.lightbox.images.storage.ImageStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the storage and the database agree again after a crash. An image is stored file first, row
 * second, and deleted row first, file second, so a crash between the two leaves a file without a row:
 * the sweep removes such files, and the temporary files of interrupted uploads, once they are older
 * than the grace period (nothing in flight on any node is that old). Rows whose file is missing
 * (deleted by hand, an old backup) are logged and marked, so that the library says "file missing"
 * instead of showing a broken picture; a file that is back clears the mark. The files of recorded
 * derivatives are kept like originals; a derivative's missing file is left to the next request for it,
 * which makes it again.
 *
 * <p>Claimed through the database ({@link TaskClaims}): with several nodes, one sweeps at a time.
 */
@Service
public class StorageSweep {

    static final String TASK = "images.storage-sweep";
    /**
     * A node that dies mid-sweep holds the claim this long at most, so a restart soon finds the sweep free
     * again. A sweep that outlasts it may meet a second one: both only remove what is orphaned anyway.
     */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 500;
    private static final int NAMES_LOGGED = 20;
    private static final Logger log = LoggerFactory.getLogger(StorageSweep.class);

    /**
     * What a sweep did.
     *
     * @param filesMissing images whose file is missing now (newly found or not)
     * @param filesBack images whose file was missing and is there again
     */
    public record Report(int orphansRemoved, int temporariesRemoved, int filesMissing, int filesBack) {}

    private final StoredImageRepository images;
    private final ImageStorage storage;
    private final DerivativeService derivatives;
    private final TaskClaims claims;
    private final SweepProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    StorageSweep(StoredImageRepository images, ImageStorage storage, DerivativeService derivatives, TaskClaims claims,
            SweepProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
        this.images = images;
        this.storage = storage;
        this.derivatives = derivatives;
        this.claims = claims;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Sweeps now, unless another node is sweeping or one finished less than {@code minGap} ago.
     *
     * @return what was done, or empty if this node did not get to sweep
     */
    public Optional<Report> sweep(Duration minGap) {
        Optional<TaskClaims.Claim> claim = claims.claim(TASK, LEASE, minGap);
        if (claim.isEmpty()) {
            log.debug("Storage sweep skipped: another node has it, or it ran recently");
            return Optional.empty();
        }
        try {
            Report report = sweepClaimed();
            claims.finish(claim.get());
            return Optional.of(report);
        } catch (RuntimeException | IOException e) {
            claims.release(claim.get());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private Report sweepClaimed() throws IOException {
        Instant horizon = clock.instant().minus(properties.grace());
        int orphans = 0;
        int temporaries = 0;
        try (Stream<ImageStorage.Entry> entries = storage.entries()) {
            List<String> old = new ArrayList<>();
            for (Iterator<ImageStorage.Entry> it = entries.iterator(); it.hasNext(); ) {
                ImageStorage.Entry entry = it.next();
                if (!entry.lastModified().isBefore(horizon)) {
                    continue;
                }
                if (entry.temporary()) {
                    if (storage.deleteTemporary(entry.name())) {
                        log.info("Removed the temporary file {} of an interrupted upload (last written {})",
                                entry.name(), entry.lastModified());
                        temporaries++;
                    }
                    continue;
                }
                old.add(entry.name());
                if (old.size() == BATCH) {
                    orphans += removeOrphans(old);
                    old.clear();
                }
            }
            orphans += removeOrphans(old);
        }
        Report report = checkRows(orphans, temporaries);
        if (report.orphansRemoved() + report.temporariesRemoved() + report.filesBack() > 0) {
            log.info("Storage sweep: removed {} files without an image and {} temporary files; {} missing files are back",
                    report.orphansRemoved(), report.temporariesRemoved(), report.filesBack());
        }
        return report;
    }

    /** Removes the files among these that are neither a recorded image nor a recorded derivative; returns how many. */
    private int removeOrphans(List<String> storedNames) throws IOException {
        if (storedNames.isEmpty()) {
            return 0;
        }
        Set<String> recorded = new HashSet<>(images.findStoredNamesIn(storedNames));
        recorded.addAll(derivatives.recordedNamesIn(storedNames));
        int removed = 0;
        for (String name : storedNames) {
            if (!recorded.contains(name) && storage.delete(name)) {
                log.info("Removed the file {}: no image is recorded for it (left by a crash between storing and recording)",
                        name);
                removed++;
            }
        }
        return removed;
    }

    /** Marks the rows whose file is missing, unmarks those whose file is back, and logs the missing ones. */
    private Report checkRows(int orphans, int temporaries) {
        List<String> missing = new ArrayList<>();
        List<String> newlyMissing = new ArrayList<>();
        List<String> back = new ArrayList<>();
        long afterId = 0;
        for (List<StoredFileState> page; !(page = images.findFileStatesAfter(afterId, PageRequest.of(0, BATCH))).isEmpty(); ) {
            for (StoredFileState state : page) {
                boolean exists = storage.exists(state.storedName());
                if (!exists) {
                    missing.add(state.storedName());
                    if (!state.fileMissing()) {
                        newlyMissing.add(state.storedName());
                    }
                } else if (state.fileMissing()) {
                    back.add(state.storedName());
                }
            }
            afterId = page.getLast().id();
        }
        mark(newlyMissing, true);
        mark(back, false);
        if (!missing.isEmpty()) {
            log.warn("Images recorded but missing from the storage: {} (shown as \"file missing\"; "
                    + "restore the files or delete the images): {}{}", missing.size(),
                    String.join(", ", missing.subList(0, Math.min(NAMES_LOGGED, missing.size()))),
                    missing.size() > NAMES_LOGGED ? " and " + (missing.size() - NAMES_LOGGED) + " more" : "");
        }
        return new Report(orphans, temporaries, missing.size(), back.size());
    }

    private void mark(List<String> storedNames, boolean missing) {
        for (int from = 0; from < storedNames.size(); from += BATCH) {
            List<String> batch = storedNames.subList(from, Math.min(storedNames.size(), from + BATCH));
            transaction.executeWithoutResult(status -> images.markFileMissing(batch, missing));
        }
    }
}
