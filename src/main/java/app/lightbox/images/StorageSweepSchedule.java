package app.lightbox.images;

import app.lightbox.images.privacy.LocationBackfill;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StorageSweep} once the application is up (whatever ran recently: a start-up may
 * follow a crash), and then every {@code lightbox.storage.sweep.interval}, on a thread of its own.
 * Every node schedules it; the claim in the database lets one of them sweep per interval. After each sweep
 * the {@link LocationBackfill} looks for images stored before locations were removed, on a thread of its own.
 */
@Component
class StorageSweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(StorageSweepSchedule.class);

    private final StorageSweep sweep;
    private final SweepProperties properties;
    private final LocationBackfill locationBackfill;
    private ScheduledExecutorService executor;

    StorageSweepSchedule(StorageSweep sweep, SweepProperties properties, LocationBackfill locationBackfill) {
        this.sweep = sweep;
        this.properties = properties;
        this.locationBackfill = locationBackfill;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!properties.enabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("storage-sweep").daemon().factory());
        executor.execute(() -> run(Duration.ZERO));
        // A little less than the interval: a node whose timer fires just before another's sweep is a
        // whole interval old still lets the sweep run in this round.
        Duration due = properties.interval().minus(properties.interval().dividedBy(10));
        long every = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(() -> run(due), every, every, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private void run(Duration minGap) {
        try {
            sweep.sweep(minGap);
        } catch (RuntimeException e) {
            log.warn("The storage sweep failed; it runs again in {}", properties.interval(), e);
        }
        locationBackfill.start();
    }
}
