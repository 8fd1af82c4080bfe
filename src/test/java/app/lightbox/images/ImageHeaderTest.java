package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageHeaderTest {

    static Stream<Arguments> images() {
        return Stream.of(
                Arguments.of("png", TestImages.png(3, 2), ImageFormat.PNG, 3, 2),
                Arguments.of("jpeg", TestImages.jpeg(5, 4), ImageFormat.JPEG, 5, 4),
                Arguments.of("gif", TestImages.gif(7, 6), ImageFormat.GIF, 7, 6),
                Arguments.of("webp lossy", TestImages.webpLossy(16383, 9), ImageFormat.WEBP, 16383, 9),
                Arguments.of("webp lossless", TestImages.webpLossless(16384, 1), ImageFormat.WEBP, 16384, 1),
                Arguments.of("webp extended", TestImages.webpExtended(1 << 24, 2), ImageFormat.WEBP, 1 << 24, 2),
                Arguments.of("png header", TestImages.pngHeader(Integer.MAX_VALUE, 1), ImageFormat.PNG,
                        Integer.MAX_VALUE, 1),
                Arguments.of("jpeg with a 60 KB segment before the frame", TestImages.jpegHeader(640, 480, 60_000),
                        ImageFormat.JPEG, 640, 480),
                Arguments.of("gif header", TestImages.gifHeader(65535, 65535), ImageFormat.GIF, 65535, 65535));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void reads_format_and_size_from_the_header(String label, byte[] bytes, ImageFormat format, int width, int height)
            throws IOException {
        assertThat(read(bytes)).contains(new ImageHeader(format, width, height));
    }

    static Stream<Arguments> orientations() {
        return Stream.of(1, 2, 3, 4, 5, 6, 7, 8).flatMap(orientation -> Stream.of(true, false).map(little ->
                Arguments.of(orientation, little ? "II" : "MM", little, orientation >= 5 ? 480 : 640,
                        orientation >= 5 ? 640 : 480)));
    }

    @ParameterizedTest(name = "orientation {0}, byte order {1}: {3} × {4}")
    @MethodSource("orientations")
    void a_jpeg_turned_by_its_exif_orientation_has_the_size_it_is_shown_at(int orientation, String order,
            boolean little, int width, int height) throws IOException {
        ImageHeader header = read(TestImages.jpegWithOrientation(640, 480, orientation, little)).orElseThrow();

        assertThat(header).isEqualTo(new ImageHeader(ImageFormat.JPEG, width, height));
        assertThat(header.pixels()).isEqualTo(640 * 480);
    }

    @Test
    void an_exif_segment_without_a_readable_orientation_leaves_the_size_as_stored() throws IOException {
        byte[] jpeg = TestImages.jpegWithOrientation(640, 480, 6, false);
        byte[] badOrder = withByte(jpeg, 12, 'X'); // "MX" instead of "MM"
        byte[] notExif = withByte(jpeg, 6, 'e');
        byte[] tooFewEntries = withByte(jpeg, 21, 1); // the orientation is the second entry

        assertThat(read(badOrder).orElseThrow().width()).isEqualTo(640);
        assertThat(read(notExif).orElseThrow().width()).isEqualTo(640);
        assertThat(read(tooFewEntries).orElseThrow().width()).isEqualTo(640);
    }

    @ParameterizedTest(name = "orientation {0}, byte order {1}: {3} × {4}")
    @MethodSource("orientations")
    void a_png_turned_by_its_exif_chunk_has_the_size_it_is_shown_at(int orientation, String order, boolean little,
            int width, int height) throws IOException {
        byte[] png = TestImages.pngWithExif(640, 480, TestImages.tiffWithOrientation(orientation, little), true);

        ImageHeader header = read(png).orElseThrow();

        assertThat(header).isEqualTo(new ImageHeader(ImageFormat.PNG, width, height));
        assertThat(header.pixels()).isEqualTo(640 * 480);
    }

    static Stream<Arguments> shownAsStored() throws IOException {
        byte[] tiff = TestImages.tiffWithOrientation(6, false);
        byte[] exifPrefixed = ByteBuffer.allocate(6 + tiff.length).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff).array();
        byte[] before = TestImages.pngWithExif(640, 480, tiff, true);
        return Stream.of(
                Arguments.of("png with its eXIf after the image data", TestImages.pngWithExif(640, 480, tiff, false)),
                Arguments.of("png whose eXIf starts Exif\\0\\0 as in a jpeg",
                        TestImages.pngWithExif(640, 480, exifPrefixed, true)),
                Arguments.of("png whose eXIf has no byte order", withByte(before, 33 + 8, 'X')),
                Arguments.of("png cut in its eXIf", Arrays.copyOf(before, 33 + 8 + 10)),
                Arguments.of("png cut after its size", Arrays.copyOf(before, 24)),
                Arguments.of("webp with orientation 6 in its EXIF chunk", fixture("derivatives/orientation-6.webp")),
                Arguments.of("webp with orientation 6 after Exif\\0\\0", fixture("privacy/gps.webp")));
    }

    /** What Chromium shows as stored, since it ignores the orientation there (checked with Chromium 156). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shownAsStored")
    void an_image_whose_orientation_browsers_ignore_has_the_size_it_is_stored_at(String label, byte[] bytes)
            throws IOException {
        ImageHeader header = read(bytes).orElseThrow();

        assertThat(header.width()).isGreaterThan(header.height());
    }

    @Test
    void a_png_made_by_exiftool_is_turned_by_its_orientation() throws IOException {
        assertThat(read(fixture("derivatives/orientation-6.png")).orElseThrow())
                .isEqualTo(new ImageHeader(ImageFormat.PNG, 64, 96));
    }

    @Test
    void a_gif_frame_larger_than_the_gif_is_what_a_decoder_must_allocate() throws IOException {
        ImageHeader header = read(TestImages.gifWithFrames(10, 10, 4, 4, 60_000, 50_000, 8, 8)).orElseThrow();

        assertThat(header.width()).isEqualTo(10);
        assertThat(header.height()).isEqualTo(10);
        assertThat(header.largestWidth()).isEqualTo(60_000);
        assertThat(header.largestHeight()).isEqualTo(50_000);
        assertThat(header.largestPixels()).isEqualTo(3_000_000_000L);
    }

    @Test
    void gif_frames_within_the_screen_change_nothing() throws IOException {
        ImageHeader header = read(TestImages.gifWithFrames(30, 20, 30, 20, 5, 5)).orElseThrow();

        assertThat(header.largestPixels()).isEqualTo(header.pixels()).isEqualTo(600);
        assertThat(read(TestImages.gif(7, 6)).orElseThrow().largestPixels()).as("a gif written by ImageIO").isEqualTo(42);
    }

    @Test
    void a_gif_cut_off_after_a_frame_keeps_the_frames_read() throws IOException {
        byte[] full = TestImages.gifWithFrames(10, 10, 300, 200, 5, 5);

        ImageHeader header = read(Arrays.copyOf(full, full.length - 8)).orElseThrow();

        assertThat(header.largestWidth()).isEqualTo(300);
        assertThat(header.largestHeight()).isEqualTo(200);
    }

    @Test
    void a_webp_frame_larger_than_the_canvas_is_what_a_decoder_must_allocate() throws IOException {
        ImageHeader header = read(TestImages.webpAnimation(100, 100, 16_383, 16_000)).orElseThrow();

        assertThat(header.width()).isEqualTo(100);
        assertThat(header.height()).isEqualTo(100);
        assertThat(header.largestWidth()).isEqualTo(16_383);
        assertThat(header.largestHeight()).isEqualTo(16_000);
    }

    @Test
    void webp_frames_within_the_canvas_change_nothing() throws IOException {
        ImageHeader header = read(TestImages.webpAnimation(300, 200, 40, 30)).orElseThrow();

        assertThat(header.largestPixels()).isEqualTo(header.pixels()).isEqualTo(60_000);
        ImageHeader offsetFrame = read(fixture("derivatives/animated-offset.webp")).orElseThrow();
        assertThat(offsetFrame.largestPixels()).as("the derivative tests' animation").isEqualTo(offsetFrame.pixels());
    }

    @Test
    void a_gif_with_an_unknown_block_is_unreadable() throws IOException {
        byte[] gif = TestImages.gifWithFrames(10, 10, 5, 5);
        gif[gif.length - 1] = 0x42; // not the trailer

        assertThat(read(gif)).isEmpty();
    }

    static Stream<Arguments> unreadable() {
        byte[] png = TestImages.png(3, 2);
        return Stream.of(
                Arguments.of("png signature only", Arrays.copyOf(png, 8)),
                Arguments.of("png cut in IHDR", Arrays.copyOf(png, 20)),
                Arguments.of("png with another chunk first", withByte(png, 12, 'X')),
                Arguments.of("png of width zero", TestImages.pngHeader(0, 5)),
                Arguments.of("png wider than 2^31-1", TestImages.pngHeader(0x80000000L, 5)),
                Arguments.of("jpeg cut in a segment", Arrays.copyOf(TestImages.jpegHeader(10, 10, 100), 40)),
                Arguments.of("jpeg without a frame header", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                        (byte) 0xDA, 0, 2}),
                Arguments.of("jpeg with garbage between segments", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                        (byte) 0xE0, 0, 2, 0x12, 0x34}),
                Arguments.of("gif cut in the screen descriptor", Arrays.copyOf(TestImages.gifHeader(5, 5), 8)),
                Arguments.of("webp without a chunk", Arrays.copyOf(TestImages.webpLossy(5, 5), 12)),
                Arguments.of("webp with an unknown chunk", withByte(TestImages.webpLossy(5, 5), 15, 'Q')),
                Arguments.of("webp lossy without start code", withByte(TestImages.webpLossy(5, 5), 23, 0)),
                Arguments.of("webp lossless without signature", withByte(TestImages.webpLossless(5, 5), 20, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void finds_no_header_in_cut_or_malformed_bytes(String label, byte[] bytes) throws IOException {
        assertThat(read(bytes)).isEmpty();
    }

    @Test
    void detects_formats_by_their_first_bytes_only() {
        assertThat(ImageFormat.detect(TestImages.ascii("#!/bin/sh\necho hi"))).isEmpty();
        assertThat(ImageFormat.detect(TestImages.ascii("<html><body>"))).isEmpty();
        assertThat(ImageFormat.detect(TestImages.ascii("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
        assertThat(ImageFormat.detect(TestImages.bmp(2, 2))).isEmpty();
        assertThat(ImageFormat.detect(TestImages.tiff(2, 2))).isEmpty();
        assertThat(ImageFormat.detect(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(ImageFormat.detect(TestImages.ascii("GIF87a"))).contains(ImageFormat.GIF);
    }

    private static Optional<ImageHeader> read(byte[] bytes) throws IOException {
        Optional<ImageFormat> format = ImageFormat.detect(Arrays.copyOf(bytes, Math.min(bytes.length, 12)));
        assertThat(format).isPresent();
        return ImageHeader.read(format.get(), new ByteArrayInputStream(bytes));
    }

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = ImageHeaderTest.class.getResourceAsStream("/images/" + path)) {
            return Objects.requireNonNull(in, path).readAllBytes();
        }
    }

    private static byte[] withByte(byte[] bytes, int index, int value) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }
}
