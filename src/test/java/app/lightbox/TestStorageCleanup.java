package app.lightbox;

import app.lightbox.images.storage.StorageProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Deletes the image folder a test context stored into ({@code lightbox-test-<uuid>} in the temp
 * folder, see the tests' {@code config/application.properties}) when the context closes, so that test
 * runs leave no folders behind. Listed in the tests' {@code META-INF/spring.factories}; it touches
 * nothing but folders named like that.
 */
public final class TestStorageCleanup implements ApplicationListener<ContextClosedEvent> {

    static final String PREFIX = "lightbox-test-";

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        // The bound value, not the environment's: ${random.uuid} would resolve to a new folder name.
        var storage = event.getApplicationContext().getBeanProvider(StorageProperties.class).getIfAvailable();
        if (storage == null) {
            return;
        }
        Path folder = storage.location().toAbsolutePath().normalize();
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!temp.equals(folder.getParent()) || !folder.getFileName().toString().startsWith(PREFIX)
                || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete the test image folder " + folder + ": " + e);
        }
    }
}
