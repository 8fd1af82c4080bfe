package app.lightbox.images;

import java.time.Instant;

/** Image summaries for tests that build them by hand. */
public final class ImageSummaries {

    private ImageSummaries() {}

    /** A summary for fixtures that do not care about the checksum: it is empty. */
    public static ImageSummary withoutChecksum(long id, String storedName, String originalName, String mediaType,
            long sizeBytes, int width, int height, long uploaderId, String uploaderName, Instant uploadedAt,
            int usageCount, boolean fileMissing, boolean locationRemoved) {
        return new ImageSummary(id, storedName, originalName, mediaType, sizeBytes, width, height, uploaderId,
                uploaderName, uploadedAt, usageCount, fileMissing, locationRemoved, "");
    }
}
