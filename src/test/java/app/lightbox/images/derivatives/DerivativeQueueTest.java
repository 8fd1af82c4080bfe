package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.MovableClock;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.TestImages;
import app.lightbox.images.derivatives.DerivativeJobs.Job;
import app.lightbox.images.derivatives.DerivativeJobs.State;
import app.lightbox.images.storage.ImageStorage;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
 * The queue as several nodes (each {@link DerivativeJobs} of its own, on a clock moved by hand) and
 * restarts see it. This node works no jobs in the background ({@code workers=0}), so that the jobs
 * stay as the tests leave them.
 */
@SpringBootTest(properties = "lightbox.derivatives.workers=0")
@Import(Nodes.class)
class DerivativeQueueTest {

    private static final DerivativeProperties PROPERTIES = Nodes.PROPERTIES;

    @Autowired
    Nodes nodes;

    @Autowired
    ImageService images;

    @Autowired
    DerivativeService derivatives;

    @Autowired
    ImageStorage storage;

    @Autowired
    DerivativeRecords records;

    private final MovableClock clock = new MovableClock(Clock.systemUTC());
    private Uploads uploads;

    @BeforeEach
    void start_from_an_empty_library() {
        uploads = nodes.emptyLibrary();
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
    void an_original_no_larger_than_a_thumbnail_is_ready_to_show_while_its_job_waits() {
        ImageSummary icon = uploads.store(TestImages.jpeg(320, 200), "icon.jpg");

        assertThat(node().find(icon.id()).orElseThrow().state()).isEqualTo(State.PENDING);
        assertThat(derivatives.sizes(List.of(icon.storedName())).get(icon.storedName()).thumbnailReady()).isTrue();
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
        DerivativeProduction production = nodes.production(node,
                (original, sides) -> { throw new IOException("Corrupt JPEG data: premature end of data segment"); });

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
        // an opaque PNG gets JPEG derivatives
        assertThat(names).containsExactlyInAnyOrder(base + "_t.jpg", base + "_d.jpg")
                .allMatch(ImageStorage::isValidName);
    }

    private DerivativeJobs node() {
        return nodes.queue(clock);
    }
}
