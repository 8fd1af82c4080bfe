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
 * Migrations 11 (JPEG) and 16 (PNG) on images recorded as before them: a portrait photo with the size it
 * is stored at. Flyway runs them at start-up on every database; here they run again on rows put back the
 * way they were.
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
    PngOrientationMigration pngMigration;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StorageProperties storage;

    @Test
    void a_portrait_photo_recorded_at_its_stored_size_gets_the_size_it_is_shown_at_and_others_stay() throws Exception {
        Actor uploader = newUser();
        ImageSummary portrait = storedAs(TestImages.jpegWithOrientation(640, 480, 6, false), uploader, 640, 480);
        ImageSummary landscape = store(TestImages.jpeg(64, 48), "landscape.jpg", uploader);
        ImageSummary lost = storedAs(TestImages.jpegWithOrientation(64, 48, 8, true), uploader, 64, 48);
        ImageSummary png = storedAs(TestImages.png(30, 20), uploader, 300, 200); // not a JPEG: left alone

        int changed = runWithoutTheFileOf(lost, migration);

        assertThat(changed).isPositive();
        assertThat(size(portrait)).isEqualTo("480 × 640");
        assertThat(size(landscape)).isEqualTo("64 × 48");
        assertThat(size(lost)).as("its file is gone: nothing to read").isEqualTo("64 × 48");
        assertThat(size(png)).isEqualTo("300 × 200");
    }

    @Test
    void migration_16_gives_a_png_turned_by_its_exif_chunk_the_size_it_is_shown_at_and_others_stay() throws Exception {
        Actor uploader = newUser();
        byte[] turned = TestImages.tiffWithOrientation(6, false);
        ImageSummary portrait = storedAs(TestImages.pngWithExif(64, 48, turned, true), uploader, 64, 48);
        ImageSummary ignored = store(TestImages.pngWithExif(64, 48, turned, false), "ignored.png", uploader);
        ImageSummary lost = storedAs(TestImages.pngWithExif(64, 48, turned, true), uploader, 64, 48);
        ImageSummary jpeg = storedAs(TestImages.jpegWithOrientation(64, 48, 6, true), uploader, 64, 48); // not a PNG

        int changed = runWithoutTheFileOf(lost, pngMigration);

        assertThat(changed).isPositive();
        assertThat(size(portrait)).isEqualTo("48 × 64");
        assertThat(size(ignored)).as("browsers ignore an eXIf after the image data").isEqualTo("64 × 48");
        assertThat(size(lost)).as("its file is gone: nothing to read").isEqualTo("64 × 48");
        assertThat(size(jpeg)).isEqualTo("64 × 48");
    }

    /** Runs the migration once the file of {@code lost} is gone; how many rows it changed. */
    private int runWithoutTheFileOf(ImageSummary lost, ShownSizeMigration sizes) throws Exception {
        Files.delete(storage.location().resolve(lost.storedName()));
        try (Connection connection = dataSource.getConnection()) {
            return sizes.update(connection);
        }
    }

    /** An image stored, then recorded with this size, as a migration before this one would have left it. */
    private ImageSummary storedAs(byte[] bytes, Actor uploader, int width, int height) {
        ImageSummary image = store(bytes, "image", uploader);
        jdbc.sql("update stored_image set width = ?, height = ? where id = ?").params(width, height, image.id()).update();
        return image;
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
