package app.lightbox.images.derivatives;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Works the queue: {@code lightbox.derivatives.workers} threads, fed by a poller that claims due jobs at
 * start-up (unfinished work of before), every {@code poll-interval} and whenever nudged (an upload
 * committed, a job finished). A job runs at most once at a time on this node, whether a worker or a
 * request that cannot wait for one makes it. At shutdown the poller stops claiming; a running job gets
 * a few seconds to finish, or loses its lease.
 */
@Component
class DerivativeWorkers {

    private static final Logger log = LoggerFactory.getLogger(DerivativeWorkers.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final DerivativeJobs jobs;
    private final DerivativeProduction production;
    private final DerivativeProperties properties;
    /** The jobs running on this node, by image id, so that a request waits for the one running. */
    private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    /** Bounds the requests that make derivatives themselves, as the workers are bounded. */
    private final Semaphore onRequest;
    private final Semaphore freeWorkers;
    private @Nullable ScheduledExecutorService poller;
    private @Nullable ExecutorService workers;
    private volatile boolean stopping;

    DerivativeWorkers(DerivativeJobs jobs, DerivativeProduction production, DerivativeProperties properties) {
        this.jobs = jobs;
        this.production = production;
        this.properties = properties;
        this.onRequest = new Semaphore(Math.max(1, properties.workers()));
        this.freeWorkers = new Semaphore(properties.workers());
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        int count = properties.workers();
        if (count == 0 || poller != null) {
            return;
        }
        stopping = false;
        workers = new ThreadPoolExecutor(count, count, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(count),
                Thread.ofPlatform().name("derivatives-", 1).daemon().factory());
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("derivatives-poller").daemon().factory());
        long every = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::claimWhileFree, 0, every, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        stopping = true;
        if (poller == null || workers == null) {
            return;
        }
        poller.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.info("Stopping with derivatives still being made; their jobs go to whichever node claims them after the lease");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        poller = null;
        workers = null;
    }

    /** Looks at the queue now rather than at the next poll, e.g. after an upload committed. */
    void nudge() {
        ScheduledExecutorService current = poller;
        if (current != null && !stopping) {
            try {
                current.execute(this::claimWhileFree);
            } catch (RejectedExecutionException e) {
                // stopping
            }
        }
    }

    /**
     * Makes the image's derivatives now, on the calling thread, unless this node is making them already
     * (then waits for that) or another node holds the job. Bounded like the workers and by
     * {@code request-wait}.
     *
     * @return whether they were made (or their making ended) in time; false: serve the original meanwhile
     */
    boolean awaitMade(long imageId) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = running.putIfAbsent(imageId, mine);
        if (other != null) {
            return await(other);
        }
        try {
            if (!onRequest.tryAcquire(properties.requestWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            try {
                // due jobs only: one waiting after a failed attempt keeps its backoff (the original meanwhile)
                if (!jobs.claim(imageId, true)) {
                    CompletableFuture<Void> worker = running.get(imageId);
                    return worker != null && worker != mine && await(worker);
                }
                production.run(imageId);
                return true;
            } finally {
                onRequest.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            running.remove(imageId, mine);
            mine.complete(null);
        }
    }

    /** On the poller's thread only: hands due jobs to free workers until either runs out. */
    private void claimWhileFree() {
        ExecutorService current = workers;
        while (current != null && !stopping && freeWorkers.tryAcquire()) {
            List<Long> claimed;
            try {
                claimed = jobs.claimDue(1);
            } catch (RuntimeException e) {
                freeWorkers.release();
                log.warn("Could not look at the derivative queue; trying again in {}", properties.pollInterval(), e);
                return;
            }
            if (claimed.isEmpty()) {
                freeWorkers.release();
                return;
            }
            long imageId = claimed.getFirst();
            CompletableFuture<Void> job = new CompletableFuture<>();
            running.put(imageId, job); // from the claim on, a request for it waits for this worker
            try {
                current.execute(() -> work(imageId, job));
            } catch (RejectedExecutionException e) {
                running.remove(imageId, job);
                job.complete(null);
                freeWorkers.release(); // stopping: the lease runs out and the job goes to whoever claims it next
                return;
            }
        }
    }

    private void work(long imageId, CompletableFuture<Void> mine) {
        try {
            production.run(imageId);
        } catch (RuntimeException e) {
            log.warn("Making the derivatives of image {} failed unexpectedly", imageId, e);
        } finally {
            running.remove(imageId, mine);
            mine.complete(null);
            freeWorkers.release();
            nudge();
        }
    }

    private boolean await(CompletableFuture<Void> other) {
        try {
            other.get(properties.requestWait().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
