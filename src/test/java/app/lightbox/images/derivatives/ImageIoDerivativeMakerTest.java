package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.images.ImageFormat;
import app.lightbox.images.TestImages;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renditions of real files (made by {@code src/test/resources/images/derivatives/make-fixtures.sh}
 * with vips, exiftool and ImageIO), checked by their size, format and the colour of known pixels.
 */
class ImageIoDerivativeMakerTest {

    private static final int RED = 0xFF0000;
    private static final int GREEN = 0x00FF00;

    private final ImageIoDerivativeMaker maker = new ImageIoDerivativeMaker();

    /**
     * The fixtures store 96 × 64 pixels with a red square in the stored top-left corner and a green
     * one in the top-right; each orientation shows those corners elsewhere.
     */
    static Stream<Arguments> orientations() {
        return Stream.of(
                Arguments.of(1, "top left", "top right"),
                Arguments.of(2, "top right", "top left"),
                Arguments.of(3, "bottom right", "bottom left"),
                Arguments.of(4, "bottom left", "bottom right"),
                Arguments.of(5, "top left", "bottom left"),
                Arguments.of(6, "top right", "bottom right"),
                Arguments.of(7, "bottom right", "top right"),
                Arguments.of(8, "bottom left", "top left"));
    }

    @ParameterizedTest(name = "orientation {0}: red at the {1}, green at the {2}")
    @MethodSource("orientations")
    void applies_every_exif_orientation(int orientation, String red, String green) throws IOException {
        Rendition rendition = single("orientation-" + orientation + ".jpg", 48);

        boolean turned = orientation >= 5;
        assertThat(rendition.width()).isEqualTo(turned ? 32 : 48);
        assertThat(rendition.height()).isEqualTo(turned ? 48 : 32);
        BufferedImage image = decode(rendition);
        assertThat(image.getWidth()).isEqualTo(rendition.width());
        assertThat(rgb(image, red)).satisfies(colour -> assertClose(colour, RED, 40));
        assertThat(rgb(image, green)).satisfies(colour -> assertClose(colour, GREEN, 40));
    }

    /**
     * As Chromium shows the original (checked with Chromium 156), and as the library records its size: a PNG
     * turned by its eXIf chunk, a WebP as stored, since browsers ignore the orientation in its EXIF chunk.
     */
    @ParameterizedTest(name = "{0}: {1} × {2}")
    @CsvSource({"orientation-6.png, 32, 48, top right, bottom right", "orientation-6.webp, 48, 32, top left, top right"})
    void applies_the_exif_orientation_of_png_and_webp_as_browsers_do(String file, int width, int height, String red,
            String green) throws IOException {
        Rendition rendition = single(file, 48);

        assertThat(List.of(rendition.width(), rendition.height())).containsExactly(width, height);
        assertClose(rgb(decode(rendition), red), RED, 40);
        assertClose(rgb(decode(rendition), green), GREEN, 40);
    }

    @Test
    void leaves_a_png_as_stored_whose_exif_chunk_follows_its_image_data() throws IOException {
        byte[] png = TestImages.pngWithExif(96, 64, TestImages.tiffWithOrientation(6, false), false);

        List<Rendition> renditions = maker.make(new ByteArrayInputStream(png), List.of(48));

        assertThat(renditions).singleElement()
                .satisfies(rendition -> assertThat(List.of(rendition.width(), rendition.height())).containsExactly(48, 32));
    }

    @Test
    void writes_no_metadata_so_the_orientation_is_not_applied_twice() throws Exception {
        Rendition rendition = single("orientation-6.jpg", 48);

        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(rendition.bytes()))
                .getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cmyk.jpg", "display-p3.jpg", "display-p3.png"})
    void converts_cmyk_and_profiled_colours_to_srgb(String file) throws IOException {
        // Each holds sRGB (200, 60, 40) in its own colour space; Display P3 stores (185, 71, 50).
        Rendition rendition = single(file, 30);

        assertThat(rendition.format()).isEqualTo(ImageFormat.JPEG);
        assertClose(decode(rendition).getRGB(15, 10), 0xC83C28, 10);
    }

    @Test
    void keeps_transparency_in_a_png() throws IOException {
        Rendition rendition = single("transparent.png", 32);

        assertThat(rendition.format()).isEqualTo(ImageFormat.PNG);
        BufferedImage image = decode(rendition);
        assertThat(image.getRGB(4, 16)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(28, 16) >>> 24).isZero();
    }

    @Test
    void writes_an_opaque_png_with_an_alpha_channel_as_jpeg() throws IOException {
        Rendition rendition = single("opaque-with-alpha.png", 32);

        assertThat(rendition.format()).isEqualTo(ImageFormat.JPEG);
        assertClose(decode(rendition).getRGB(16, 16), 0x0000FF, 8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"animated-offset.gif", "animated-offset.webp"})
    void takes_the_first_frame_of_an_animation_at_its_place_on_the_canvas(String file) throws IOException {
        // An 80 × 60 canvas; the first frame is 20 × 20 red at (40, 30), the second all blue.
        Rendition rendition = single(file, 40);

        assertThat(List.of(rendition.width(), rendition.height())).containsExactly(40, 30);
        assertThat(rendition.format()).isEqualTo(ImageFormat.PNG);
        BufferedImage image = decode(rendition);
        assertClose(image.getRGB(25, 20), RED, 8);
        assertThat(image.getRGB(25, 20) >>> 24).isEqualTo(0xFF);
        assertThat(image.getRGB(5, 5) >>> 24).isZero();
    }

    @Test
    void makes_the_renditions_asked_in_their_order_and_none_as_large_as_the_original() throws IOException {
        List<Rendition> renditions = make("orientation-1.jpg", List.of(50, 96, 200, 25));

        assertThat(renditions).extracting(Rendition::longSide).containsExactly(50, 25);
        assertThat(renditions).extracting(Rendition::width).containsExactly(50, 25);
        assertThat(renditions).extracting(Rendition::height).containsExactly(33, 17); // 96 × 64 scaled
        for (Rendition rendition : renditions) {
            BufferedImage image = decode(rendition);
            assertThat(List.of(image.getWidth(), image.getHeight()))
                    .containsExactly(rendition.width(), rendition.height());
        }
    }

    @Test
    void makes_nothing_of_an_original_smaller_than_every_side() throws IOException {
        assertThat(make("orientation-1.jpg", List.of(1280, 320))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lossless-17mp.webp", "lossless-alpha-17mp.webp"})
    void refuses_a_lossless_webp_too_large_to_decode_within_bounds(String file) {
        assertThatThrownBy(() -> make(file, List.of(1280, 320)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("17.0 megapixels")
                .hasMessageContaining("16-megapixel limit");
    }

    @Test
    void says_why_it_cannot_read_a_file_that_is_no_image() {
        assertThatThrownBy(() -> maker.make(new ByteArrayInputStream("hello".getBytes()), List.of(320)))
                .isInstanceOf(IOException.class)
                .hasMessage("Not a PNG, JPEG, GIF or WebP image: no decoder recognises its first bytes");
    }

    @Test
    void says_why_it_cannot_decode_a_cut_off_image() throws IOException {
        byte[] png = fixture("transparent.png");
        byte[] cut = Arrays.copyOf(png, png.length - 40);

        assertThatThrownBy(() -> maker.make(new ByteArrayInputStream(cut), List.of(32)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("The PNG image cannot be decoded: ");
    }

    private Rendition single(String file, int longSide) throws IOException {
        List<Rendition> renditions = make(file, List.of(longSide));
        assertThat(renditions).hasSize(1);
        return renditions.getFirst();
    }

    private List<Rendition> make(String file, List<Integer> longSides) throws IOException {
        try (InputStream in = new ByteArrayInputStream(fixture(file))) {
            return maker.make(in, longSides);
        }
    }

    static byte[] fixture(String file) throws IOException {
        try (InputStream in = ImageIoDerivativeMakerTest.class.getResourceAsStream("/images/derivatives/" + file)) {
            if (in == null) {
                throw new IOException("no fixture " + file);
            }
            return in.readAllBytes();
        }
    }

    private static BufferedImage decode(Rendition rendition) {
        try {
            return ImageIO.read(new ByteArrayInputStream(rendition.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour 3 pixels in from a corner, named "top left" and so on. */
    private static int rgb(BufferedImage image, String corner) {
        int x = corner.endsWith("left") ? 3 : image.getWidth() - 4;
        int y = corner.startsWith("top") ? 3 : image.getHeight() - 4;
        return image.getRGB(x, y);
    }

    private static void assertClose(int actual, int expected, int tolerance) {
        for (int shift : new int[] {16, 8, 0}) {
            int a = actual >> shift & 0xFF;
            int e = expected >> shift & 0xFF;
            assertThat(a).as("channel %d of #%06x, expected about #%06x", 2 - shift / 8, actual & 0xFFFFFF, expected)
                    .isCloseTo(e, org.assertj.core.data.Offset.offset(tolerance));
        }
    }
}
