package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageSummary;
import app.lightbox.images.TestImages;
import app.lightbox.images.derivatives.DerivativeJobs.Job;
import app.lightbox.images.derivatives.DerivativeJobs.State;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Workers of a node that starts and stops (each a {@link DerivativeWorkers} of the test's own) on the
 * queue left in the database. The application's own node works no jobs ({@code workers=0}).
 */
@SpringBootTest(properties = "lightbox.derivatives.workers=0")
@Import(Nodes.class)
class DerivativeWorkersTest {

    @Autowired
    Nodes nodes;

    @Autowired
    DerivativeService derivatives;

    @Autowired
    DerivativeRecords records;

    private Uploads uploads;

    @BeforeEach
    void start_from_an_empty_library() {
        uploads = nodes.emptyLibrary();
    }

    @Test
    void a_restarted_node_makes_the_derivatives_left_pending() {
        ImageSummary image = uploads.store(TestImages.jpeg(1600, 1200), "photo.jpg");
        DerivativeJobs restarted = nodes.queue(Clock.systemUTC());
        DerivativeWorkers workers = nodes.workers(restarted, new ImageIoDerivativeMaker());

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
            return new ImageIoDerivativeMaker().make(original, sides);
        };
        DerivativeJobs restarted = nodes.queue(Clock.systemUTC());
        DerivativeWorkers workers = nodes.workers(restarted, slow);
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
        Thread.sleep(3 * Nodes.PROPERTIES.pollInterval().toMillis());

        assertThat(restarted.find(first.id()).map(Job::state)).hasValue(State.DONE);
        assertThat(restarted.find(second.id())).hasValueSatisfying(job -> {
            assertThat(job.state()).isEqualTo(State.PENDING);
            assertThat(job.attempts()).as("never claimed").isZero();
        });
    }

}
