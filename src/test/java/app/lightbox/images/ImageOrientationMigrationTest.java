package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 11 on images recorded as before it: a portrait photo with the size it is stored at. Flyway
 * runs it at start-up on every database; here it runs again on rows put back the way they were.
 */
@SpringBootTest
class ImageOrientationMigrationTest {

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Autowired
    ImageOrientationMigration migration;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StorageProperties storage;

    @Test
    void a_portrait_photo_recorded_at_its_stored_size_gets_the_size_it_is_shown_at_and_others_stay() throws Exception {
        Actor uploader = newUser();
        ImageSummary portrait = store(TestImages.jpegWithOrientation(640, 480, 6, false), "portrait.jpg", uploader);
        ImageSummary landscape = store(TestImages.jpeg(64, 48), "landscape.jpg", uploader);
        ImageSummary lost = store(TestImages.jpegWithOrientation(64, 48, 8, true), "lost.jpg", uploader);
        ImageSummary png = store(TestImages.png(30, 20), "wide.png", uploader);
        recordedAs(portrait, 640, 480);
        recordedAs(lost, 64, 48);
        recordedAs(png, 300, 200); // not a JPEG: left alone
        Files.delete(storage.location().resolve(lost.storedName()));

        int changed;
        try (Connection connection = dataSource.getConnection()) {
            changed = migration.update(connection);
        }

        assertThat(changed).isPositive();
        assertThat(size(portrait)).isEqualTo("480 × 640");
        assertThat(size(landscape)).isEqualTo("64 × 48");
        assertThat(size(lost)).as("its file is gone: nothing to read").isEqualTo("64 × 48");
        assertThat(size(png)).isEqualTo("300 × 200");
    }

    private void recordedAs(ImageSummary image, int width, int height) {
        jdbc.sql("update stored_image set width = ?, height = ? where id = ?").params(width, height, image.id()).update();
    }

    private String size(ImageSummary image) {
        ImageSummary now = images.find(image.storedName()).orElseThrow();
        return now.width() + " × " + now.height();
    }

    private ImageSummary store(byte[] bytes, String name, Actor uploader) {
        return ((Stored) images.store(new ByteArrayInputStream(bytes), name, uploader)).image();
    }

    private Actor newUser() {
        String name = "turn-" + UUID.randomUUID().toString().substring(0, 12);
        Registration registration = accounts.register(name, "correct horse battery");
        return ((Registration.Registered) registration).user().toActor();
    }
}
