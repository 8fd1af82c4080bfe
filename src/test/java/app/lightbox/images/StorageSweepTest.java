package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import app.lightbox.base.db.TaskClaims;
import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.derivatives.DerivativeService;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;

/** The sweep that makes storage and database agree after a crash; the default grace period is an hour. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class StorageSweepTest {

    private static final Duration OLDER_THAN_GRACE = Duration.ofHours(2);
    private static final Duration YOUNGER_THAN_GRACE = Duration.ofMinutes(10);

    @Autowired
    StorageSweep sweep;

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Autowired
    StorageProperties storage;

    @Autowired
    TaskClaims claims;

    @Autowired
    DerivativeService derivatives;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void start_from_an_empty_library() throws IOException {
        TestDatabase.truncateAll(dataSource);
        for (String file : files()) {
            Files.delete(storage.location().resolve(file));
        }
    }

    @Test
    void removes_a_file_without_an_image_once_older_than_the_grace_period_but_not_a_younger_one() throws IOException {
        String old = orphan("0123456789abcdef0123456789abcdef.png", OLDER_THAN_GRACE);
        String young = orphan("fedcba9876543210fedcba9876543210.jpg", YOUNGER_THAN_GRACE);

        StorageSweep.Report report = sweep.sweep(Duration.ZERO).orElseThrow();

        assertThat(report.orphansRemoved()).isOne();
        assertThat(files()).containsExactly(young).doesNotContain(old);
    }

    @Test
    void keeps_the_files_of_recorded_images_however_old() throws IOException {
        ImageSummary image = storeOne();
        age(image.storedName(), Duration.ofDays(400));

        StorageSweep.Report report = sweep.sweep(Duration.ZERO).orElseThrow();

        assertThat(report).isEqualTo(new StorageSweep.Report(0, 0, 0, 0));
        assertThat(files()).containsExactly(image.storedName());
        assertThat(images.file(image.storedName())).isPresent();
    }

    @Test
    void removes_the_temporary_file_left_by_an_interrupted_upload_but_not_one_still_being_written() throws IOException {
        String interrupted = orphan("upload-1234567890.tmp", OLDER_THAN_GRACE);
        String inFlight = orphan("upload-987654321.tmp", YOUNGER_THAN_GRACE);
        String foreign = orphan("notes.txt", Duration.ofDays(30));

        StorageSweep.Report report = sweep.sweep(Duration.ZERO).orElseThrow();

        assertThat(report.temporariesRemoved()).isOne();
        assertThat(files()).containsExactlyInAnyOrder(inFlight, foreign).doesNotContain(interrupted);
    }

    @Test
    void reports_images_whose_file_is_missing_and_marks_them_until_the_file_is_back(CapturedOutput output)
            throws IOException {
        ImageSummary kept = storeOne();
        ImageSummary lost = storeOne();
        Path file = storage.location().resolve(lost.storedName());
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);

        StorageSweep.Report missing = sweep.sweep(Duration.ZERO).orElseThrow();

        assertThat(missing.filesMissing()).isOne();
        assertThat(output).contains("Images recorded but missing from the storage: 1").contains(lost.storedName());
        assertThat(images.find(lost.storedName())).hasValueSatisfying(i -> assertThat(i.fileMissing()).isTrue());
        assertThat(images.find(kept.storedName())).hasValueSatisfying(i -> assertThat(i.fileMissing()).isFalse());
        assertThat(images.list(ImageFilter.all(), PageRequest.of(0, 10))).filteredOn(ImageSummary::fileMissing)
                .extracting(ImageSummary::storedName).containsExactly(lost.storedName());

        Files.write(file, bytes);
        StorageSweep.Report back = sweep.sweep(Duration.ZERO).orElseThrow();

        assertThat(back.filesMissing()).isZero();
        assertThat(back.filesBack()).isOne();
        assertThat(images.find(lost.storedName())).hasValueSatisfying(i -> assertThat(i.fileMissing()).isFalse());
    }

    @Test
    void an_image_asked_for_whose_file_is_missing_is_marked_at_once() throws IOException {
        ImageSummary lost = storeOne();
        Files.delete(storage.location().resolve(lost.storedName()));

        assertThat(images.file(lost.storedName())).isEmpty();

        assertThat(images.find(lost.storedName())).hasValueSatisfying(i -> assertThat(i.fileMissing()).isTrue());
    }

    @Test
    void does_not_sweep_while_another_node_holds_the_sweep() throws IOException {
        String old = orphan("0123456789abcdef0123456789abcdef.png", OLDER_THAN_GRACE);
        TaskClaims.Claim otherNode = claims.claim(StorageSweep.TASK, Duration.ofMinutes(5), Duration.ZERO).orElseThrow();

        assertThat(sweep.sweep(Duration.ZERO)).isEmpty();
        assertThat(files()).containsExactly(old);

        claims.finish(otherNode);
        assertThat(sweep.sweep(Duration.ofHours(1))).as("done a moment ago").isEmpty();
        assertThat(sweep.sweep(Duration.ZERO)).isPresent();
        assertThat(files()).isEmpty();
    }

    @Test
    void keeps_the_files_of_derivatives_and_leaves_a_missing_one_to_be_made_again() throws Exception {
        ImageSummary photo = store(TestImages.jpeg(800, 600), "photo.jpg");
        List<String> made = awaitDerivatives(photo);
        for (String file : files()) {
            age(file, Duration.ofDays(2));
        }

        StorageSweep.Report kept = sweep.sweep(Duration.ZERO).orElseThrow();

        assertThat(kept).isEqualTo(new StorageSweep.Report(0, 0, 0, 0));
        assertThat(files()).containsExactlyInAnyOrderElementsOf(Stream.concat(made.stream(), Stream.of(photo.storedName())).toList());

        Files.delete(storage.location().resolve(made.getFirst()));
        StorageSweep.Report oneGone = sweep.sweep(Duration.ZERO).orElseThrow();

        assertThat(oneGone.filesMissing()).as("the image is whole: the derivative is made again when asked for").isZero();
        assertThat(images.find(photo.storedName())).hasValueSatisfying(i -> assertThat(i.fileMissing()).isFalse());
    }

    private List<String> awaitDerivatives(ImageSummary image) throws InterruptedException {
        for (int i = 0; i < 1500; i++) {
            List<String> made = derivatives.storedNamesOf(image.id());
            if (!made.isEmpty()) {
                return made;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No derivatives of " + image.storedName() + " were made");
    }

    private ImageSummary storeOne() {
        return store(TestImages.png(2, 2), "one.png");
    }

    private ImageSummary store(byte[] bytes, String originalName) {
        String name = "sweep-" + UUID.randomUUID().toString().substring(0, 12);
        Registration registration = accounts.register(name, "correct horse battery");
        Actor uploader = ((Registration.Registered) registration).user().toActor();
        StoreResult result = images.store(new ByteArrayInputStream(bytes), originalName, uploader);
        return ((Stored) result).image();
    }

    /** A file in the storage folder that no row knows, last written {@code age} ago. */
    private String orphan(String name, Duration age) throws IOException {
        Files.write(storage.location().resolve(name), TestImages.png(1, 1));
        age(name, age);
        return name;
    }

    private void age(String name, Duration age) throws IOException {
        Files.setLastModifiedTime(storage.location().resolve(name), FileTime.from(Instant.now().minus(age)));
    }

    private Set<String> files() {
        try (Stream<Path> files = Files.list(storage.location())) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
