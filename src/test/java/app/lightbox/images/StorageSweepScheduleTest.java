package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.Sha256;
import app.lightbox.images.privacy.PrivacyFixtures;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The sweep runs by itself: once the application is up (a start after a crash finds the crash's
 * leftovers), and then every interval, each time followed by the location backfill. A context of its own, with
 * the sweep on and a short interval (half a second: each test waits for the next sweep).
 */
@SpringBootTest(properties = {"lightbox.storage.sweep.enabled=true", "lightbox.storage.sweep.interval=500ms"})
class StorageSweepScheduleTest {

    private static final Path FOLDER;
    private static final String LEFT_BY_A_CRASH = "0123456789abcdef0123456789abcdef.png";
    private static final String LEFT_BY_AN_UPLOAD = "upload-42.tmp";

    static {
        try {
            FOLDER = Files.createTempDirectory("lightbox-sweep-schedule-");
            old(FOLDER.resolve(LEFT_BY_A_CRASH));
            old(FOLDER.resolve(LEFT_BY_AN_UPLOAD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("lightbox.storage.location", FOLDER::toString);
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
    }

    @Test
    void sweeps_at_start_up_and_again_after_each_interval() throws Exception {
        eventually(() -> !Files.exists(FOLDER.resolve(LEFT_BY_A_CRASH)) && !Files.exists(FOLDER.resolve(LEFT_BY_AN_UPLOAD)));

        Path later = old(FOLDER.resolve("fedcba9876543210fedcba9876543210.jpg"));

        eventually(() -> !Files.exists(later));
    }

    @Test
    void then_takes_the_location_out_of_images_stored_before_uploads_lost_theirs() throws Exception {
        Actor uploader = ((Registration.Registered) accounts.register("sweep-" + UUID.randomUUID().toString()
                .substring(0, 8), "correct horse battery")).user().toActor();
        byte[] gps = PrivacyFixtures.fixture("gps.jpg");
        String storedName = "0123456789abcdef0123456789abcdee.jpg";
        Files.write(FOLDER.resolve(storedName), gps);
        String sha256 = Sha256.hex(gps);
        jdbc.sql("""
                        insert into stored_image (stored_name, original_name, media_type, size_bytes, width, height,
                            sha256, upload_sha256, content_key, location_checked, uploader_id, uploaded_at)
                        values (:name, 'old.jpg', 'image/jpeg', :size, 64, 48, :sha256, :sha256, :sha256, false,
                            :uploader, current_timestamp)""")
                .param("name", storedName).param("size", gps.length).param("sha256", sha256)
                .param("uploader", uploader.id())
                .update();

        eventually(() -> jdbc.sql("select location_checked from stored_image where stored_name = :name")
                .param("name", storedName).query(Boolean.class).single());

        PrivacyFixtures.assertNoLocation(Files.readAllBytes(FOLDER.resolve(storedName)));
    }

    private static Path old(Path file) throws IOException {
        Files.write(file, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        return file;
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("swept within 20 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
