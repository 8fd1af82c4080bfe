package app.lightbox.images.derivatives;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lightbox.derivatives.*}: the making of thumbnails and display sizes.
 *
 * @param workers how many images this node works on at once in the background (each holds about the
 *     decoded image in memory); 0: this node makes derivatives only when a request needs one
 * @param pollInterval how often the queue is looked at for due work besides the nudge after each upload
 *     (work of other nodes, retries that became due)
 * @param maxAttempts attempts per image before its job is given up as failed (the original is served)
 * @param retryDelay the wait after a first failed attempt, doubled after each further one
 * @param lease how long a claimed job stays with its node if the node never finishes it (it died)
 * @param requestWait how long a request for a derivative not made yet waits for it before it is given the
 *     original
 */
@ConfigurationProperties("lightbox.derivatives")
public record DerivativeProperties(
        @DefaultValue("1") int workers,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("20s") Duration requestWait) {

    public DerivativeProperties {
        if (workers < 0) {
            throw new IllegalArgumentException("lightbox.derivatives.workers must not be negative");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("lightbox.derivatives.max-attempts must be at least 1");
        }
        for (Duration duration : new Duration[] {pollInterval, retryDelay, lease, requestWait}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("lightbox.derivatives durations must be positive");
            }
        }
    }
}
