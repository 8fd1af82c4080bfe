package app.lightbox.images.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lightbox.privacy.backfill.*}: how gently the {@link LocationBackfill} goes through the images stored
 * before location removal.
 *
 * @param batchSize how many images are checked, one after the other, before a pause (each is read once or twice,
 *     and rewritten if it holds a location); 1 to 100
 * @param pause the wait between two batches, so that the backfill leaves the disk to the users; up to an hour
 */
@ConfigurationProperties("lightbox.privacy.backfill")
public record LocationBackfillProperties(
        @DefaultValue("10") int batchSize,
        @DefaultValue("1s") Duration pause) {

    public LocationBackfillProperties {
        // at most 100: a batch (up to 100 uploads of the largest size, each read twice) stays well within its claim
        if (batchSize < 1 || batchSize > 100) {
            throw new IllegalArgumentException("lightbox.privacy.backfill.batch-size must be between 1 and 100");
        }
        if (pause.isNegative() || pause.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("lightbox.privacy.backfill.pause must be between 0 and 1h");
        }
    }
}
