package app.lightbox.images;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lightbox.storage.sweep.*}: the storage sweep that makes storage and database agree after a crash.
 *
 * @param enabled whether this node sweeps at start-up and then periodically (with several nodes, the one
 *     that claims the sweep in the database does it)
 * @param interval how long after one sweep the next one is due
 * @param grace files younger than this are never touched: uploads in flight on any node, and files whose
 *     row is about to be written
 */
@ConfigurationProperties("lightbox.storage.sweep")
public record SweepProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("1h") Duration grace) {

    public SweepProperties {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("lightbox.storage.sweep.interval must be positive");
        }
        if (grace.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("lightbox.storage.sweep.grace must be at least a minute");
        }
    }
}
