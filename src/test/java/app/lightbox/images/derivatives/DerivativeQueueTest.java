package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import app.lightbox.base.MovableClock;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.TestImages;
import app.lightbox.images.derivatives.DerivativeJobs.Job;
import app.lightbox.images.derivatives.DerivativeJobs.State;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.security.UserAccountService;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The queue as several nodes (each {@link DerivativeJobs} of its own, on a clock moved by hand) and
 * restarts see it. This node works no jobs in the background ({@code workers=0}), so that the jobs
 * stay as the tests leave them.
 */
@SpringBootTest(properties = "lightbox.derivatives.workers=0")
class DerivativeQueueTest {

    private static final DerivativeProperties PROPERTIES =
            new DerivativeProperties(1, Duration.ofMillis(200), 3, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofSeconds(20));

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Autowired
    DerivativeService derivatives;

    @Autowired
    DerivativeRecords records;

    @Autowired
    ImageStorage storage;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEventPublisher events;

    private final MovableClock clock = new MovableClock(Clock.systemUTC());
    private Uploads uploads;

    @BeforeEach
    void start_from_an_empty_library() {
        TestDatabase.truncateAll(dataSource);
        uploads = new Uploads(images, accounts);
    }

    @Test
    void a_new_image_is_recorded_with_its_pending_job() {
        ImageSummary image = uploads.store(TestImages.jpeg(800, 600), "photo.jpg");

        assertThat(node().find(image.id())).hasValueSatisfying(job -> {
            assertThat(job.state()).isEqualTo(State.PENDING);
            assertThat(job.attempts()).isZero();
        });
        assertThat(derivatives.sizes(List.of(image.storedName())).get(image.storedName()).thumbnailReady()).isFalse();
    }

    @Test
    void two_claimers_never_get_the_same_job() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(uploads.store(TestImages.png(8, 8), "small.png").id());
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<Long>> claimer = () -> {
            DerivativeJobs node = node();
            start.await();
            List<Long> mine = new ArrayList<>();
            for (List<Long> batch; !(batch = node.claimDue(3)).isEmpty(); ) {
                mine.addAll(batch);
            }
            return mine;
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> first = threads.submit(claimer);
            Future<List<Long>> second = threads.submit(claimer);
            start.countDown();
            List<Long> all = new ArrayList<>(first.get());
            all.addAll(second.get());

            assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_job_whose_lease_ran_out_is_claimed_again_and_its_first_holder_cannot_finish_it() {
        long id = uploads.store(TestImages.png(8, 8), "small.png").id();
        DerivativeJobs died = node();
        DerivativeJobs other = node();

        assertThat(died.claimDue(10)).containsExactly(id);
        assertThat(other.claimDue(10)).as("the lease holds").isEmpty();
        clock.advance(PROPERTIES.lease().plusSeconds(1));

        assertThat(other.claimDue(10)).containsExactly(id);
        assertThat(died.finish(id)).isFalse();
        assertThat(other.finish(id)).isTrue();
        assertThat(other.find(id).map(Job::state)).hasValue(State.DONE);
    }

    @Test
    void a_failing_image_is_tried_again_later_then_failed_with_its_reason_and_its_original_still_served() {
        ImageSummary image = uploads.store(TestImages.jpeg(800, 600), "photo.jpg");
        DerivativeJobs node = node();
        DerivativeProduction production = new DerivativeProduction(node, records, storage,
                (original, sides) -> { throw new IOException("Corrupt JPEG data: premature end of data segment"); },
                events, transactionManager);

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(node.claimDue(10)).as("attempt %d", attempt).containsExactly(image.id());
            production.run(image.id());
            Job job = node.find(image.id()).orElseThrow();
            assertThat(job.attempts()).isEqualTo(attempt);
            assertThat(job.lastError()).isEqualTo("Corrupt JPEG data: premature end of data segment");
            assertThat(job.state()).isEqualTo(attempt < 3 ? State.PENDING : State.FAILED);
            assertThat(node.claimDue(10)).as("not before the retry delay").isEmpty();
            clock.advance(PROPERTIES.retryDelay().multipliedBy(1L << (attempt - 1)).plusSeconds(1));
        }

        assertThat(node.claimDue(10)).as("given up").isEmpty();
        assertThat(derivatives.servable(image.storedName(), DerivativeKind.THUMB)).as("the original stands in").isEmpty();
        assertThat(images.file(image.storedName())).isPresent();
        assertThat(derivatives.sizes(List.of(image.storedName())).get(image.storedName()))
                .isEqualTo(new DerivativeSizes(true, null, null));
    }

    @Test
    void a_job_whose_node_died_on_its_last_attempt_is_given_up() {
        long id = uploads.store(TestImages.png(8, 8), "small.png").id();
        DerivativeJobs node = node();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(node.claimDue(10)).containsExactly(id);
            clock.advance(PROPERTIES.lease().plusSeconds(1)); // died holding it
        }

        assertThat(node.claimDue(10)).isEmpty();

        Job job = node.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(State.FAILED);
        assertThat(job.lastError()).startsWith("Given up after 3 attempts");
    }

    @Test
    void a_restarted_node_makes_the_derivatives_left_pending() {
        ImageSummary image = uploads.store(TestImages.jpeg(1600, 1200), "photo.jpg");
        DerivativeJobs restarted = new DerivativeJobs(jdbc, Clock.systemUTC(), PROPERTIES, "restarted");
        DerivativeWorkers workers = new DerivativeWorkers(restarted,
                new DerivativeProduction(restarted, records, storage, new SimpleDerivativeMaker(), events, transactionManager),
                PROPERTIES);

        workers.start();
        try {
            Uploads.await("the job is done", () -> restarted.find(image.id()).map(Job::state).orElseThrow() == State.DONE);
        } finally {
            workers.stop();
        }

        assertThat(records.storedNamesOf(image.id())).hasSize(2);
        assertThat(derivatives.sizes(List.of(image.storedName())).get(image.storedName()))
                .isEqualTo(new DerivativeSizes(true, new DerivativeSizes.Size(320, 240), new DerivativeSizes.Size(1280, 960)));
    }

    @Test
    void a_stopping_node_lets_its_running_job_finish_and_claims_no_more() throws Exception {
        ImageSummary first = uploads.store(TestImages.jpeg(800, 600), "first.jpg");
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        DerivativeMaker slow = (original, sides) -> {
            making.countDown();
            try {
                mayFinish.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            return new SimpleDerivativeMaker().make(original, sides);
        };
        DerivativeJobs restarted = new DerivativeJobs(jdbc, Clock.systemUTC(), PROPERTIES, "stopping");
        DerivativeWorkers workers = new DerivativeWorkers(restarted,
                new DerivativeProduction(restarted, records, storage, slow, events, transactionManager), PROPERTIES);
        workers.start();
        making.await();
        ImageSummary second = uploads.store(TestImages.jpeg(800, 600), "second.jpg");

        ExecutorService stopper = Executors.newSingleThreadExecutor();
        try {
            Future<?> stopped = stopper.submit(workers::stop);
            Thread.sleep(300);
            mayFinish.countDown();
            stopped.get();
        } finally {
            stopper.shutdownNow();
        }
        Thread.sleep(3 * PROPERTIES.pollInterval().toMillis());

        assertThat(restarted.find(first.id()).map(Job::state)).hasValue(State.DONE);
        assertThat(restarted.find(second.id())).hasValueSatisfying(job -> {
            assertThat(job.state()).isEqualTo(State.PENDING);
            assertThat(job.attempts()).as("never claimed").isZero();
        });
    }

    @Test
    void a_request_makes_the_derivative_of_a_pending_job_itself() {
        ImageSummary image = uploads.store(TestImages.jpeg(800, 600), "photo.jpg");

        DerivativeFile thumb = derivatives.servable(image.storedName(), DerivativeKind.THUMB).orElseThrow();

        assertThat(thumb.width()).isEqualTo(320);
        assertThat(thumb.height()).isEqualTo(240);
        assertThat(thumb.mediaType()).isEqualTo("image/jpeg");
        assertThat(storage.exists(thumb.storedName())).isTrue();
        assertThat(node().find(image.id()).map(Job::state)).hasValue(State.DONE);
    }

    @Test
    void the_files_of_made_derivatives_are_recorded_under_valid_stored_names() {
        ImageSummary image = uploads.store(TestImages.png(1600, 900), "wide.png");

        derivatives.servable(image.storedName(), DerivativeKind.DISPLAY).orElseThrow();

        Set<String> names = new HashSet<>(records.storedNamesOf(image.id()));
        String base = image.storedName().replace(".png", "");
        assertThat(names).containsExactlyInAnyOrder(base + "_t.png", base + "_d.png")
                .allMatch(ImageStorage::isValidName);
    }

    private DerivativeJobs node() {
        return new DerivativeJobs(jdbc, clock, PROPERTIES, "node-" + UUID.randomUUID());
    }
}
