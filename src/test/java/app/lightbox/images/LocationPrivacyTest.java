package app.lightbox.images;

import static app.lightbox.images.privacy.PrivacyFixtures.assertKeptWhatIsNotLocation;
import static app.lightbox.images.privacy.PrivacyFixtures.assertNoLocation;
import static app.lightbox.images.privacy.PrivacyFixtures.assertSamePixels;
import static app.lightbox.images.privacy.PrivacyFixtures.fixture;
import static app.lightbox.images.privacy.PrivacyFixtures.scans;
import static app.lightbox.images.privacy.PrivacyFixtures.webpChunk;
import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.StoreResult.Refused;
import app.lightbox.images.privacy.PrivacyFixtures;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Uploads through {@link ImageService#store} lose their location (lightbox.privacy.strip-location, on by default). */
@SpringBootTest
class LocationPrivacyTest {

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Autowired
    StorageProperties storageProperties;

    @Autowired
    JdbcTemplate jdbc;

    /** The fixtures are the same bytes in every test, and the library keeps one copy: each test deletes its own. */
    @RegisterExtension
    final StoredInTest stored = new StoredInTest();



    @ParameterizedTest
    @ValueSource(strings = {"gps.jpg", "gps.png", "gps.webp"})
    void a_photo_is_stored_and_served_without_its_location_and_says_so(String name) throws Exception {
        byte[] upload = fixture(name);

        ImageSummary image = stored(images.store(new ByteArrayInputStream(upload), name, newUser()));

        byte[] served = storedBytes(image.storedName());
        assertNoLocation(served);
        assertKeptWhatIsNotLocation(served);
        assertThat(image.locationRemoved()).isTrue();
        assertThat(images.find(image.storedName())).hasValueSatisfying(found -> {
            assertThat(found.locationRemoved()).isTrue();
            assertThat(found.sizeBytes()).isEqualTo(served.length);
        });
        // the ETag is the hash of what is served; the upload's hash is kept for finding the same photo again
        assertThat(images.file(image.storedName()).orElseThrow().sha256()).isEqualTo(ImageServiceTest.sha256(served));
        assertThat(uploadSha256(image)).isEqualTo(ImageServiceTest.sha256(upload));
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a_jpeg_keeps_every_pixel_and_its_entropy_coded_bytes() throws Exception {
        byte[] upload = fixture("gps.jpg");

        byte[] served = storedBytes(stored(images.store(new ByteArrayInputStream(upload), "p.jpg", newUser())).storedName());

        assertSamePixels(upload, served);
        assertThat(scans(served)).isEqualTo(scans(upload));
    }

    @Test
    void a_png_keeps_every_pixel_and_a_webp_its_image_data() throws Exception {
        Actor uploader = newUser();
        byte[] png = fixture("gps.png");
        byte[] webp = fixture("gps.webp");

        assertSamePixels(png, storedBytes(stored(images.store(new ByteArrayInputStream(png), "p.png", uploader)).storedName()));
        assertThat(webpChunk(storedBytes(stored(images.store(new ByteArrayInputStream(webp), "p.webp", uploader))
                .storedName()), "VP8L")).isEqualTo(webpChunk(webp, "VP8L"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean.jpg", "clean.png", "clean.webp"})
    void a_photo_without_location_is_stored_byte_identical_and_not_marked(String name) {
        byte[] upload = fixture(name);

        ImageSummary image = stored(images.store(new ByteArrayInputStream(upload), name, newUser()));

        assertThat(storedBytes(image.storedName())).isEqualTo(upload);
        assertThat(image.locationRemoved()).isFalse();
        assertThat(images.file(image.storedName()).orElseThrow().sha256()).isEqualTo(ImageServiceTest.sha256(upload));
        assertThat(uploadSha256(image)).isEqualTo(ImageServiceTest.sha256(upload));
    }

    @Test
    void a_photo_whose_exif_is_damaged_is_refused_and_nothing_is_stored() {
        Set<String> filesBefore = storedFiles();
        long countBefore = images.count(ImageFilter.all());

        StoreResult result = images.store(new ByteArrayInputStream(PrivacyFixtures.damagedJpeg()), "bad.jpg",
                newUser());

        assertThat(result).isEqualTo(new Refused(Refusal.LOCATION_UNREMOVABLE));
        assertThat(((Refused) result).messageKey()).isEqualTo("images.refused.location-unremovable");
        assertThat(images.count(ImageFilter.all())).isEqualTo(countBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Nested
    @TestPropertySource(properties = "lightbox.privacy.strip-location=false")
    class WhenTurnedOff {

        @ParameterizedTest
        @ValueSource(strings = {"gps.jpg", "gps.png", "gps.webp"})
        void a_photo_is_stored_byte_identical_with_its_location(String name) {
            byte[] upload = fixture(name);

            ImageSummary image = stored(images.store(new ByteArrayInputStream(upload), name, newUser()));

            assertThat(storedBytes(image.storedName())).isEqualTo(upload);
            assertThat(image.locationRemoved()).isFalse();
            assertThat(jdbc.queryForObject("select location_checked from stored_image where id = ?", Boolean.class,
                    image.id())).as("left for the backfill, should removing be turned on").isFalse();
        }

        @Test
        void a_photo_whose_exif_is_damaged_is_stored_as_it_is() {
            byte[] upload = PrivacyFixtures.damagedJpeg();

            ImageSummary image = stored(images.store(new ByteArrayInputStream(upload), "bad.jpg", newUser()));

            assertThat(storedBytes(image.storedName())).isEqualTo(upload);
        }
    }

    private ImageSummary stored(StoreResult result) {
        return stored.stored(result);
    }

    private String uploadSha256(ImageSummary image) {
        return jdbc.queryForObject("select upload_sha256 from stored_image where id = ?", String.class, image.id());
    }

    private Actor newUser() {
        String name = "priv-" + UUID.randomUUID().toString().substring(0, 12);
        Registration registration = accounts.register(name, "correct horse battery");
        assertThat(registration).isInstanceOf(Registration.Registered.class);
        return ((Registration.Registered) registration).user().toActor();
    }

    private byte[] storedBytes(String storedName) {
        try (InputStream in = images.openContent(storedName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> storedFiles() {
        try (Stream<Path> files = Files.list(storageProperties.location())) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> temporaryFiles() {
        return storedFiles().stream().filter(n -> n.endsWith(".tmp")).collect(Collectors.toSet());
    }
}
