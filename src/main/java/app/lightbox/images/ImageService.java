package app.lightbox.images;

import app.lightbox.base.ByteSize;
import app.lightbox.base.Paging;
import app.lightbox.base.SearchTerms;
import app.lightbox.base.Sha256;
import app.lightbox.images.StoreResult.AlreadyStored;
import app.lightbox.images.StoreResult.Refused;
import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.UploadInspection.Accepted;
import app.lightbox.images.UploadInspection.Rejected;
import app.lightbox.images.UploadInspection.Verdict;
import app.lightbox.images.derivatives.DerivativeService;
import app.lightbox.images.privacy.LocationRemoval;
import app.lightbox.images.privacy.MetadataDamagedException;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.images.storage.PendingFile;
import app.lightbox.security.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores, lists and finds images; the API of the images feature. Where images are used is kept by
 * {@link ImageReferences}; deleting them, with its rules, is {@link ImageDeletions}'.
 */
@Service
public class ImageService {

    private static final Logger log = LoggerFactory.getLogger(ImageService.class);
    /** 128 random bits per stored name. */
    private static final int NAME_BYTES = 16;

    private final StoredImageRepository images;
    private final ImageStorage storage;
    private final DerivativeService derivatives;
    private final UploadProperties upload;
    private final UploadInspection inspection;
    private final LocationRemoval locationRemoval;
    private final ImageCopies copies;
    private final Clock clock;
    private final SecureRandom random;
    private final TransactionTemplate ownTransaction;
    private final ImageDeletions deletions;

    ImageService(StoredImageRepository images, ImageStorage storage, DerivativeService derivatives,
            UploadProperties upload, LocationRemoval locationRemoval, ImageCopies copies, Clock clock,
            SecureRandom random, PlatformTransactionManager transactionManager, ImageDeletions deletions) {
        this.images = images;
        this.storage = storage;
        this.derivatives = derivatives;
        this.upload = upload;
        this.inspection = new UploadInspection(upload);
        this.locationRemoval = locationRemoval;
        this.copies = copies;
        this.clock = clock;
        this.random = random;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.deletions = deletions;
    }

    /**
     * Checks an upload by its bytes, stores it under a new random name and records it, unless the same
     * image is in the library already ({@link ImageCopies}): then nothing new is stored, and the answer is
     * that image ({@link AlreadyStored}). Never throws
     * for bad input: what is wrong comes back as a {@link Refused} reason. Reads the stream to its end
     * or just past the size limit, and does not close it. What is stored has lost its location
     * ({@link LocationRemoval}, if {@code lightbox.privacy.strip-location}).
     *
     * <p>Not transactional on purpose: no connection is held while the bytes stream in. The row is
     * inserted in a transaction of its own once the file is in place, and the file is removed again
     * if that fails, so a failure at any step leaves neither row nor file.
     */
    public StoreResult store(@Nullable InputStream content, @Nullable String originalName, Actor uploader) {
        Objects.requireNonNull(uploader, "uploader");
        if (content == null) {
            return new Refused(Refusal.EMPTY);
        }
        MessageDigest sha256 = Sha256.digest();
        long maxBytes = upload.maxFileSize().toBytes();
        InputStream counted = new DigestInputStream(new SizeLimitedInputStream(new SenderStream(content), maxBytes), sha256);
        try (PendingFile pending = storage.receive(counted)) {
            Verdict verdict = inspection.inspect(pending, limits().acceptedTypesText());
            if (verdict instanceof Rejected(Refused refusal)) {
                return refusal;
            }
            ImageHeader image = ((Accepted) verdict).header();
            String uploadSha256 = Sha256.hex(sha256);
            try (LocationRemoval.Cleaned stored = locationRemoval.apply(pending, image.format().mediaType(), uploadSha256)) {
                Optional<AlreadyStored> same = copies.find(stored.sha256(), uploadSha256, stored.file());
                if (same.isPresent()) {
                    return same.get();
                }
                String storedName = newStoredName(image.format());
                stored.file().commit(storedName);
                return record(new StoredImage(storedName,
                        OriginalName.clean(originalName, "image" + image.format().extension()),
                        image.format().mediaType(), stored.file().size(), image.width(), image.height(),
                        stored.sha256(), uploadSha256, stored.locationRemoved(), locationRemoval.isOn(), uploader.id(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS)), uploader);
            }
        } catch (MetadataDamagedException e) {
            // never stored with its location while the library would call it private
            log.warn("Refused an upload by {}: its location cannot be removed ({})", uploader.username(), e.getMessage());
            return new Refused(Refusal.LOCATION_UNREMOVABLE);
        } catch (SizeLimitedInputStream.LimitExceededException e) {
            return new Refused(Refusal.TOO_LARGE, new ByteSize(maxBytes));
        } catch (SenderStream.Interrupted e) {
            // a cancel button or a lost connection, nothing the server did wrong
            log.debug("An upload by {} stopped before its end: {}", uploader.username(), e.getCause().toString());
            return new Refused(Refusal.INTERRUPTED);
        } catch (IOException | UncheckedIOException | DataAccessException e) {
            log.warn("Could not store an upload by {}", uploader.username(), e);
            return new Refused(Refusal.STORAGE_FAILED);
        }
    }

    private StoreResult record(StoredImage image, Actor uploader) {
        try {
            StoredImage saved = Objects.requireNonNull(ownTransaction.execute(status -> {
                StoredImage row = images.saveAndFlush(image);
                derivatives.enqueue(Objects.requireNonNull(row.getId()));
                return row;
            }));
            return new Stored(saved.toNewSummary(uploader.username()));
        } catch (RuntimeException e) {
            deletions.deleteFile(image.getStoredName());
            if (e instanceof DataIntegrityViolationException) {
                // an identical upload was recorded a moment before this one: one copy, and both get its link
                Optional<AlreadyStored> winner = copies.winner(image.getSha256(), image.getUploadSha256());
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            log.error("Could not record the upload {} by {}; removed its file", image.getStoredName(),
                    uploader.username(), e);
            return new Refused(Refusal.STORAGE_FAILED);
        }
    }

    /** The images the filter lets through, newest first (upload time, then id); a sort in the page is ignored. */
    @Transactional(readOnly = true)
    public Slice<ImageSummary> list(ImageFilter filter, Pageable page) {
        Pageable unsorted = Paging.unsorted(page);
        if (!filter.searches()) {
            return filter.unusedOnly() ? images.findUnusedNewestFirst(unsorted) : images.findNewestFirst(unsorted);
        }
        String pattern = SearchTerms.containsPattern(filter.nameContains());
        return filter.unusedOnly() ? images.findNamedLikeUnusedNewestFirst(pattern, unsorted)
                : images.findNamedLikeNewestFirst(pattern, unsorted);
    }

    /** How many images the filter lets through. */
    @Transactional(readOnly = true)
    public long count(ImageFilter filter) {
        if (!filter.searches()) {
            return filter.unusedOnly() ? images.countUnused() : images.count();
        }
        String pattern = SearchTerms.containsPattern(filter.nameContains());
        return filter.unusedOnly() ? images.countNamedLikeUnused(pattern) : images.countNamedLike(pattern);
    }

    /**
     * Which of these stored names are images in the library (still) that can be shown: their file was not
     * missing when last looked for. In one query.
     */
    @Transactional(readOnly = true)
    public Set<String> existing(Collection<String> storedNames) {
        List<String> valid = storedNames.stream().filter(ImageStorage::isValidName).distinct().toList();
        return valid.isEmpty() ? Set.of() : Set.copyOf(images.findShowableStoredNamesIn(valid));
    }

    @Transactional(readOnly = true)
    public Optional<ImageSummary> find(String storedName) {
        return ImageStorage.isValidName(storedName) ? images.findSummary(storedName) : Optional.empty();
    }

    /**
     * The image and its bytes' size and checksum, for serving it. Empty if there is no such image,
     * or (logged) if its bytes are missing. Not in a transaction: one short read for every download, and
     * a write of its own only when the file is found missing.
     */
    public Optional<ImageFile> file(String storedName) {
        if (!ImageStorage.isValidName(storedName)) {
            return Optional.empty();
        }
        Optional<ServableImage> image = images.findServable(storedName);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        try {
            OptionalLong size = storage.size(storedName);
            ServableImage found = image.get();
            if (size.isEmpty()) {
                log.warn("The image {} is recorded but its file is missing", storedName);
                if (!found.fileMissing()) {
                    // the library says "file missing" from now on, not only after the next storage sweep
                    ownTransaction.executeWithoutResult(status -> images.markFileMissing(List.of(storedName), true));
                }
                return Optional.empty();
            }
            return Optional.of(new ImageFile(storedName, found.originalName(), found.mediaType(), size.getAsLong(),
                    found.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored bytes of an image, streamed from the storage; the caller closes the stream. */
    public InputStream openContent(String storedName) throws IOException {
        return storage.open(storedName);
    }

    public UploadLimits limits() {
        return UploadLimits.of(upload);
    }

    private String newStoredName(ImageFormat format) {
        byte[] bytes = new byte[NAME_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes) + format.extension();
    }
}
