package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The sweep runs by itself: once the application is up (a start after a crash finds the crash's
 * leftovers), and then every interval. A context of its own, with the sweep on and a short interval.
 */
@SpringBootTest(properties = {"lightbox.storage.sweep.enabled=true", "lightbox.storage.sweep.interval=2s"})
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
