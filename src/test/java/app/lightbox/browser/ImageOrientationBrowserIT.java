package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoredInTest;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The size the library records for an image turned by its Exif orientation is the size Chromium shows the
 * original at: it turns a PNG by an {@code eXIf} chunk before the image data, and ignores one after it and
 * the EXIF chunk of a WebP. Should a browser update change that, this says so.
 */
class ImageOrientationBrowserIT extends BrowserTest {

    @Autowired
    ImageService images;

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();



    static Stream<Arguments> turnedImages() throws IOException {
        byte[] turned = TestImages.tiffWithOrientation(6, false);
        return Stream.of(
                Arguments.of("png turned by exiftool", fixture("derivatives/orientation-6.png")),
                Arguments.of("png with its eXIf after the image data", TestImages.pngWithExif(60, 40, turned, false)),
                Arguments.of("webp with orientation 6", fixture("derivatives/orientation-6.webp")),
                Arguments.of("webp with orientation 6 after Exif\\0\\0", fixture("privacy/gps.webp")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turnedImages")
    void chromium_shows_an_original_at_the_size_the_library_records(String label, byte[] bytes) {
        Actor uploader = accounts.findByUsername(newAccount("turn")).orElseThrow().toActor();
        ImageSummary image = stored.storedOrFound(images.store(new ByteArrayInputStream(bytes), "turned", uploader));
        open("/login");

        Object shown = page.evaluate("url => new Promise((shown, failed) => { const img = new Image();"
                + " img.onload = () => shown([img.naturalWidth, img.naturalHeight]); img.onerror = failed;"
                + " img.src = url; })", image.url());

        assertThat(shown).isEqualTo(List.of(image.width(), image.height()));
    }

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = ImageOrientationBrowserIT.class.getResourceAsStream("/images/" + path)) {
            return Objects.requireNonNull(in, path).readAllBytes();
        }
    }
}
