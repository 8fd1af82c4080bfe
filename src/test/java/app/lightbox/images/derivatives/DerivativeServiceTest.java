package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.TestImages;
import app.lightbox.images.derivatives.DerivativeJobs.Job;
import app.lightbox.images.derivatives.DerivativeJobs.State;
import app.lightbox.images.derivatives.DerivativeSizes.Size;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** Uploads through the service, with the background worker of the default configuration, on real files. */
@SpringBootTest
class DerivativeServiceTest {

    @Autowired
    ImageService images;

    @Autowired
    ImageDeletions deletions;

    @Autowired
    UserAccountService accounts;

    @Autowired
    DerivativeService derivatives;

    @Autowired
    DerivativeJobs jobs;

    @Autowired
    DerivativeRecords records;

    @Autowired
    ImageStorage storage;

    @Autowired
    StorageProperties storageProperties;

    @Autowired
    ConfigurableApplicationContext context;

    private final List<DerivativesReady> ready = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<DerivativesReady>> listener =
            event -> ready.add(event.getPayload());
    private Uploads uploads;

    @BeforeEach
    void listen() {
        uploads = new Uploads(images, accounts);
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void an_upload_gets_a_thumbnail_and_a_display_size_in_the_background_and_says_so() throws IOException {
        ImageSummary photo = uploads.store(TestImages.jpeg(2000, 1500), "photo.jpg");

        awaitDone(photo);

        Map<String, DerivativeSizes> sizes = derivatives.sizes(List.of(photo.storedName(), "0123456789abcdef0123456789abcdef.png"));
        assertThat(sizes).containsOnlyKeys(photo.storedName());
        assertThat(sizes.get(photo.storedName())).isEqualTo(new DerivativeSizes(true, new Size(320, 240), new Size(1280, 960)));
        assertThat(dimensions(derivatives.servable(photo.storedName(), DerivativeKind.THUMB).orElseThrow())).isEqualTo("320 × 240 jpeg");
        assertThat(dimensions(derivatives.servable(photo.storedName(), DerivativeKind.DISPLAY).orElseThrow())).isEqualTo("1280 × 960 jpeg");
        Uploads.await("the event arrived", () -> ready.contains(new DerivativesReady(photo.id(), photo.storedName())));
    }

    @Test
    void a_transparent_image_gets_png_derivatives_and_a_portrait_one_keeps_its_shape() throws IOException {
        ImageSummary portrait = uploads.store(TestImages.transparentPng(600, 900), "tall.png");

        awaitDone(portrait);

        assertThat(dimensions(derivatives.servable(portrait.storedName(), DerivativeKind.THUMB).orElseThrow()))
                .isEqualTo("213 × 320 png");
        assertThat(derivatives.servable(portrait.storedName(), DerivativeKind.DISPLAY)).as("900 is not larger than 1280")
                .isEmpty();
    }

    @ParameterizedTest(name = "eXIf before the image data: {0}")
    @CsvSource({"true, 600, 900, 213 × 320 jpeg", "false, 900, 600, 320 × 213 jpeg"})
    void a_png_with_an_exif_orientation_gets_derivatives_of_the_shape_recorded_for_it(boolean beforeImageData,
            int width, int height, String thumbnail) throws IOException {
        byte[] png = TestImages.pngWithExif(900, 600, TestImages.tiffWithOrientation(6, true), beforeImageData);
        ImageSummary image = uploads.store(png, "turned.png");

        awaitDone(image);

        assertThat(List.of(image.width(), image.height())).containsExactly(width, height);
        assertThat(dimensions(derivatives.servable(image.storedName(), DerivativeKind.THUMB).orElseThrow()))
                .isEqualTo(thumbnail);
    }

    @Test
    void a_small_original_gets_no_derivatives_and_stands_in_for_them() {
        ImageSummary small = uploads.store(TestImages.jpeg(300, 200), "small.jpg");

        awaitDone(small);

        assertThat(records.storedNamesOf(small.id())).isEmpty();
        assertThat(derivatives.servable(small.storedName(), DerivativeKind.THUMB)).isEmpty();
        assertThat(derivatives.sizes(List.of(small.storedName())).get(small.storedName()))
                .isEqualTo(new DerivativeSizes(true, null, null));
    }

    @Test
    void a_derivative_whose_file_went_missing_is_made_again_on_the_next_request() throws IOException {
        ImageSummary photo = uploads.store(TestImages.jpeg(1000, 800), "photo.jpg");
        awaitDone(photo);
        DerivativeFile thumb = derivatives.servable(photo.storedName(), DerivativeKind.THUMB).orElseThrow();
        Files.delete(file(thumb.storedName()));

        DerivativeFile again = derivatives.servable(photo.storedName(), DerivativeKind.THUMB).orElseThrow();

        assertThat(again.storedName()).isEqualTo(thumb.storedName());
        assertThat(storage.exists(again.storedName())).isTrue();
        assertThat(dimensions(again)).isEqualTo("320 × 256 jpeg");
        assertThat(jobs.find(photo.id()).map(Job::state)).hasValue(State.DONE);
    }

    @Test
    void deleting_an_image_deletes_its_derivatives_files_and_rows() {
        ImageSummary photo = uploads.store(TestImages.jpeg(1600, 1200), "photo.jpg");
        awaitDone(photo);
        List<String> made = records.storedNamesOf(photo.id());
        assertThat(made).hasSize(2).allMatch(storage::exists);

        deletions.delete(photo.id(), uploads.uploader(), true);

        assertThat(made).noneMatch(storage::exists);
        assertThat(storage.exists(photo.storedName())).isFalse();
        assertThat(records.storedNamesOf(photo.id())).isEmpty();
        assertThat(jobs.find(photo.id())).isEmpty();
    }

    private void awaitDone(ImageSummary image) {
        Uploads.await("the derivatives of " + image.originalName() + " are made",
                () -> jobs.find(image.id()).map(Job::state).orElseThrow() != State.PENDING);
        assertThat(jobs.find(image.id()).map(Job::state)).hasValue(State.DONE);
    }

    /** Width × height and format, as decoded from the stored file: what any maker must get right. */
    private String dimensions(DerivativeFile derivative) throws IOException {
        try (InputStream in = storage.open(derivative.storedName())) {
            byte[] bytes = in.readAllBytes();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            String format = bytes[0] == (byte) 0x89 ? "png" : bytes[0] == (byte) 0xFF ? "jpeg" : "other";
            assertThat(derivative.sizeBytes()).isEqualTo(bytes.length);
            assertThat(List.of(derivative.width(), derivative.height())).containsExactly(decoded.getWidth(), decoded.getHeight());
            return decoded.getWidth() + " × " + decoded.getHeight() + " " + format;
        }
    }

    private Path file(String storedName) {
        return storageProperties.location().resolve(storedName);
    }
}
