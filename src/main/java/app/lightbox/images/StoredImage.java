package app.lightbox.images;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The record of a stored image; its bytes are in the storage under {@code storedName}. */
@Entity
@Table(name = "stored_image")
class StoredImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "stored_name", nullable = false, unique = true, length = 64)
    private String storedName;

    @Column(name = "original_name", nullable = false, length = OriginalName.MAX_LENGTH)
    private String originalName;

    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    /** Of the stored bytes: the ETag of the served file. */
    @Column(nullable = false, length = 64)
    private String sha256;

    /** Of the bytes as uploaded, before the location was removed: the same photo uploaded again has it too. */
    @Column(name = "upload_sha256", nullable = false, length = 64)
    private String uploadSha256;

    /**
     * The SHA-256 of the stored bytes while this is the library's one copy of them (unique); empty on the
     * copies a library held before duplicates were refused (V14).
     */
    @Column(name = "content_key", unique = true, length = 64)
    private @Nullable String contentKey;

    @Column(name = "location_removed", nullable = false)
    private boolean locationRemoved;

    /**
     * Whether the stored file has been through location removal: at upload while it is on; false on images
     * from before it (V15) or stored while it was off, until the {@code LocationBackfill} has looked.
     */
    @Column(name = "location_checked", nullable = false)
    private boolean locationChecked;

    @Column(name = "uploader_id", nullable = false)
    private long uploaderId;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** Its alt text; empty where nobody has written one ({@link ImageDescriptions}). */
    @Column(nullable = false, length = ImageDescriptions.MAX_DESCRIPTION)
    private String description = "";

    /** Set while the storage has no file for it (see {@link StorageSweep}). */
    @Column(name = "file_missing", nullable = false)
    private boolean fileMissing;

    protected StoredImage() {}

    StoredImage(String storedName, String originalName, String mediaType, long sizeBytes, int width, int height,
            String sha256, String uploadSha256, boolean locationRemoved, boolean locationChecked, long uploaderId,
            Instant uploadedAt) {
        this.storedName = storedName;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.sha256 = sha256;
        this.uploadSha256 = uploadSha256;
        this.contentKey = sha256;
        this.locationRemoved = locationRemoved;
        this.locationChecked = locationChecked;
        this.uploaderId = uploaderId;
        this.uploadedAt = uploadedAt;
    }

    /** As just stored: its name is new, so nothing uses it yet. */
    ImageSummary toNewSummary(String uploaderName) {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return new ImageSummary(id, storedName, originalName, mediaType, sizeBytes, width, height, uploaderId,
                uploaderName, uploadedAt, 0, false, locationRemoved, sha256, description);
    }

    @Nullable Long getId() {
        return id;
    }

    String getStoredName() {
        return storedName;
    }

    String getOriginalName() {
        return originalName;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    String getUploadSha256() {
        return uploadSha256;
    }

    long getUploaderId() {
        return uploaderId;
    }

    void rename(String originalName) {
        this.originalName = originalName;
    }

    void describe(String description) {
        this.description = description;
    }

    boolean isFileMissing() {
        return fileMissing;
    }
}
