package app.lightbox.images;

import java.time.Instant;

/**
 * A stored image as lists and views show it; no lazy parts, safe outside a transaction.
 *
 * @param usageCount how many referrers (posts, drafts included) use the image
 * @param fileMissing whether its file was missing from the storage when last looked for
 * @param locationRemoved whether its GPS position (or device serial numbers) was removed when it was uploaded
 * @param sha256 of the stored bytes (what is served), in lower-case hex
 * @param description its alt text, empty where nobody wrote one ({@link #altText()})
 */
public record ImageSummary(
        long id,
        String storedName,
        String originalName,
        String mediaType,
        long sizeBytes,
        int width,
        int height,
        long uploaderId,
        String uploaderName,
        Instant uploadedAt,
        int usageCount,
        boolean fileMissing,
        boolean locationRemoved,
        String sha256,
        String description) {

    /** Without a description: as stored before there were any, and for fixtures. */
    public ImageSummary(long id, String storedName, String originalName, String mediaType, long sizeBytes, int width,
            int height, long uploaderId, String uploaderName, Instant uploadedAt, int usageCount, boolean fileMissing,
            boolean locationRemoved, String sha256) {
        this(id, storedName, originalName, mediaType, sizeBytes, width, height, uploaderId, uploaderName, uploadedAt,
                usageCount, fileMissing, locationRemoved, sha256, "");
    }

    /** What says the image to those who cannot see it: its description, else its name. */
    public String altText() {
        return description.isBlank() ? originalName : description;
    }

    /** Where the image is shown from. */
    public String url() {
        return ImageLinks.url(storedName);
    }

    /** Its thumbnail, for cards and lists (the original where that is small). */
    public String thumbnailUrl() {
        return ImageLinks.thumbnailUrl(storedName);
    }

    /** Where the image is downloaded from, under its original name. */
    public String downloadUrl() {
        return ImageLinks.downloadUrl(storedName);
    }
}
