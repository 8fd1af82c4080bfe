package app.lightbox.images.privacy;

import static app.lightbox.images.privacy.PrivacyFixtures.assertNoLocation;
import static app.lightbox.images.privacy.PrivacyFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.Sha256;
import app.lightbox.base.db.TaskClaims;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoredInTest;
import app.lightbox.images.TestImages;
import app.lightbox.images.privacy.LocationBackfill.Outcome;
import app.lightbox.images.privacy.UncheckedImages.Unchecked;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.images.storage.PendingFile;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Images stored before uploads lost their location (written here as the app before V13 wrote them: file, then a
 * row whose hashes are the file's) lose it in the background. A real server, so that the ETag is the one served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocationBackfillTest {

    @LocalServerPort
    int port;

    @Autowired
    LocationBackfill backfill;

    @Autowired
    UncheckedImages unchecked;

    @Autowired
    LocationRemoval removal;

    @Autowired
    TaskClaims claims;

    @Autowired
    ImageService images;

    @Autowired
    ImageStorage storage;

    @Autowired
    StorageProperties storageLocation;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();

    private Actor uploader;

    @BeforeEach
    void uploader() {
        String name = "old-" + UUID.randomUUID().toString().substring(0, 12);
        uploader = ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gps.jpg", "gps.png", "gps.webp"})
    void an_image_stored_with_its_location_is_served_without_it_and_with_a_new_etag(String fixture) throws Exception {
        byte[] original = fixture(fixture);
        ImageSummary image = storedBeforeRemoval(original, fixture);
        HttpResponse<byte[]> before = get(image.storedName());
        assertThat(before.body()).isEqualTo(original);

        runToTheEnd();

        HttpResponse<byte[]> after = get(image.storedName());
        byte[] served = after.body();
        assertNoLocation(served);
        PrivacyFixtures.assertKeptWhatIsNotLocation(served);
        assertThat(after.headers().firstValue("ETag")).hasValue("\"" + Sha256.hex(served) + "\"")
                .isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(row(image)).isEqualTo(new Row(served.length, Sha256.hex(served), Sha256.hex(served), true, true));
        assertThat(images.find(image.storedName()).orElseThrow().locationRemoved()).as("the card says so").isTrue();
        assertThat(uploadSha256(image)).as("the same photo uploaded again is still found")
                .isEqualTo(Sha256.hex(original));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean.jpg", "clean.png", "clean.webp"})
    void an_image_without_location_is_left_byte_for_byte(String fixture) throws Exception {
        byte[] original = fixture(fixture);
        ImageSummary image = storedBeforeRemoval(original, fixture);

        runToTheEnd();

        assertThat(get(image.storedName()).body()).isEqualTo(original);
        assertThat(row(image))
                .isEqualTo(new Row(original.length, Sha256.hex(original), Sha256.hex(original), false, true));
    }

    @Test
    void an_image_whose_metadata_is_damaged_is_left_as_it_is_and_not_tried_again() throws Exception {
        byte[] damaged = PrivacyFixtures.damagedJpeg();
        ImageSummary image = storedBeforeRemoval(damaged, "bad.jpg");

        assertThat(backfill.check(uncheckedRow(image))).isEqualTo(Outcome.DAMAGED);

        assertThat(get(image.storedName()).body()).isEqualTo(damaged);
        assertThat(row(image))
                .isEqualTo(new Row(damaged.length, Sha256.hex(damaged), Sha256.hex(damaged), false, true));
    }

    @Test
    void an_image_whose_file_is_missing_is_kept_and_cleaned_once_its_file_is_back() throws Exception {
        byte[] original = fixture("gps.jpg");
        ImageSummary image = storedBeforeRemoval(original, "gone.jpg");
        Path file = storageLocation.location().resolve(image.storedName());
        Path aside = Files.move(file, file.resolveSibling("aside.bin"));

        assertThat(backfill.check(uncheckedRow(image))).isEqualTo(Outcome.MISSING);
        assertThat(row(image).checked()).as("looked at again once its file is back").isFalse();
        assertThat(images.find(image.storedName())).as("the image is not deleted").isPresent();

        Files.move(aside, file); // restored from a backup, say
        assertThat(backfill.check(uncheckedRow(image))).isEqualTo(Outcome.CLEANED);
        assertNoLocation(get(image.storedName()).body());
    }

    @Test
    void a_run_that_stopped_after_replacing_a_file_is_recorded_by_the_next() throws Exception {
        byte[] original = fixture("gps.jpg");
        ImageSummary image = storedBeforeRemoval(original, "gps.jpg");
        byte[] clean = withoutLocation(original, "image/jpeg");
        try (PendingFile file = storage.receive(new ByteArrayInputStream(clean))) {
            file.replace(image.storedName()); // and then the node died: the row still says the original
        }

        assertThat(backfill.check(uncheckedRow(image))).isEqualTo(Outcome.RECORDED);

        assertThat(get(image.storedName()).body()).isEqualTo(clean);
        assertThat(row(image)).isEqualTo(new Row(clean.length, Sha256.hex(clean), Sha256.hex(clean), true, true));
    }

    @Test
    void an_image_whose_clean_bytes_the_library_holds_already_gets_no_key_and_no_failure() throws Exception {
        byte[] original = fixture("gps.png");
        ImageSummary uploaded = stored.stored(images.store(new ByteArrayInputStream(original), "new.png",
                uploader));
        ImageSummary old = storedBeforeRemoval(original, "gps.png");

        runToTheEnd();

        Row cleaned = row(old);
        assertThat(cleaned.sha256()).isEqualTo(row(uploaded).contentKey());
        assertThat(cleaned).isEqualTo(new Row(cleaned.size(), cleaned.sha256(), null, true, true));
    }

    @Test
    void runs_in_the_background_in_batches_until_nothing_is_left() throws Exception {
        ImageSummary first = storedBeforeRemoval(withGps("a"), "a.jpg");
        ImageSummary second = storedBeforeRemoval(TestImages.png(9, 9), "b.png");
        ImageSummary third = storedBeforeRemoval(withGps("c"), "c.jpg");
        LocationBackfill inTwos = new LocationBackfill(unchecked, removal, storage, claims,
                new LocationBackfillProperties(2, Duration.ofMillis(50)));

        inTwos.start();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (inTwos.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(inTwos.isRunning()).isFalse();
        assertThat(row(first).locationRemoved()).isTrue();
        assertThat(row(second)).extracting(Row::locationRemoved, Row::checked).containsExactly(false, true);
        assertThat(row(third).locationRemoved()).isTrue();
        assertNoLocation(get(third.storedName()).body());
        inTwos.stop();
    }

    @Test
    void does_nothing_while_locations_are_kept() throws Exception {
        byte[] original = fixture("gps.webp");
        ImageSummary image = storedBeforeRemoval(original, "gps.webp");
        LocationRemoval off = new LocationRemoval(new PrivacyProperties(false), storage);
        LocationBackfill whileOff = new LocationBackfill(unchecked, off, storage, claims,
                new LocationBackfillProperties(10, Duration.ZERO));

        whileOff.start();

        assertThat(whileOff.isRunning()).isFalse();
        Thread.sleep(200);
        assertThat(row(image).checked()).isFalse();
        assertThat(get(image.storedName()).body()).isEqualTo(original);
    }

    /** Its claim keeps a second node away; that no two nodes hold one claim at once is TaskClaimsTest's. */
    @Test
    void leaves_the_images_to_the_node_that_holds_the_claim() throws Exception {
        ImageSummary image = storedBeforeRemoval(fixture("gps.jpg"), "gps.jpg");
        jdbc.sql("delete from task_claim where name = :task").param("task", LocationBackfill.TASK).update();
        jdbc.sql("insert into task_claim (name, holder, claimed_until) values (:task, 'another node', :until)")
                .param("task", LocationBackfill.TASK)
                .param("until", Instant.now().plus(Duration.ofMinutes(5)).atOffset(ZoneOffset.UTC))
                .update();
        try {
            assertThat(backfill.batch(0, new EnumMap<>(Outcome.class))).isEmpty();
            assertThat(row(image).checked()).isFalse();
        } finally {
            jdbc.sql("delete from task_claim where name = :task").param("task", LocationBackfill.TASK).update();
        }

        runToTheEnd();

        assertThat(row(image).checked()).isTrue();
    }

    @Test
    void new_uploads_are_checked_as_they_come() {
        ImageSummary image = stored.stored(images.store(new ByteArrayInputStream(TestImages.png(5, 5)), "new.png",
                uploader));

        assertThat(row(image).checked()).isTrue();
    }

    private void runToTheEnd() {
        Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
        long afterId = 0;
        for (Optional<Long> last; (last = backfill.batch(afterId, tally)).isPresent(); ) {
            afterId = last.get();
        }
        assertThat(tally).doesNotContainKey(Outcome.FAILED);
    }

    /** As the app wrote an image before V13: the file as uploaded, then its row with that file's hashes. */
    private ImageSummary storedBeforeRemoval(byte[] bytes, String originalName) throws IOException {
        String extension = originalName.substring(originalName.lastIndexOf('.'));
        String storedName = UUID.randomUUID().toString().replace("-", "") + extension;
        try (PendingFile file = storage.receive(new ByteArrayInputStream(bytes))) {
            file.commit(storedName);
        }
        String mediaType = switch (extension) {
            case ".jpg" -> "image/jpeg";
            case ".png" -> "image/png";
            default -> "image/webp";
        };
        String sha256 = Sha256.hex(bytes);
        jdbc.sql("""
                        insert into stored_image (stored_name, original_name, media_type, size_bytes, width, height,
                            sha256, upload_sha256, content_key, location_removed, location_checked, uploader_id,
                            uploaded_at)
                        values (:name, :original, :type, :size, 64, 48, :sha256, :sha256, :sha256, false, false,
                            :uploader, :at)""")
                .param("name", storedName)
                .param("original", originalName)
                .param("type", mediaType)
                .param("size", bytes.length)
                .param("sha256", sha256)
                .param("uploader", uploader.id())
                .param("at", Instant.now().atOffset(ZoneOffset.UTC))
                .update();
        return stored.keep(images.find(storedName).orElseThrow());
    }

    private record Row(long size, String sha256, String contentKey, boolean locationRemoved, boolean checked) {}

    private Row row(ImageSummary image) {
        return jdbc.sql("""
                        select size_bytes, sha256, content_key, location_removed, location_checked from stored_image
                        where id = :id""")
                .param("id", image.id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5)))
                .single();
    }

    private Unchecked uncheckedRow(ImageSummary image) {
        return unchecked.oldestAfter(image.id() - 1, 1).getFirst();
    }

    private String uploadSha256(ImageSummary image) {
        return jdbc.sql("select upload_sha256 from stored_image where id = :id").param("id", image.id())
                .query(String.class).single();
    }

    /** gps.jpg with a different comment: the same location, other bytes. */
    private static byte[] withGps(String comment) {
        byte[] gps = fixture("gps.jpg");
        byte[] com = ("\u00ff\u00fe\u0000" + (char) (comment.length() + 2) + comment)
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gps, 0, 2);
        out.writeBytes(com);
        out.write(gps, 2, gps.length - 2);
        return out.toByteArray();
    }

    private static byte[] withoutLocation(byte[] image, String mediaType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new ByteArrayInputStream(image)) {
            assertThat(LocationStripper.strip(mediaType, in, out)).isTrue();
        }
        return out.toByteArray();
    }

    private HttpResponse<byte[]> get(String storedName) throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/files/" + storedName);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
