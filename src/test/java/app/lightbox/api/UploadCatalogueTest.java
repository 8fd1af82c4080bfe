package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.Sha256;
import app.lightbox.images.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, §5, the content of a file: every bad one gets a problem with its status and code through
 * real HTTP, and leaves neither row, nor file, nor temporary file; the odd but harmless ones are stored
 * and served as what their bytes are.
 */
class UploadCatalogueTest extends UploadCatalogue {

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("an empty file", () -> new byte[0], "empty.png", 400, "empty"),
                refusal("one byte over the limit", () -> HostileUploads.pngOfSize(MAX_FILE_SIZE + 1), "big.png", 413, "too-large"),
                refusal("a shell script renamed .png", HostileUploads::shellScript, "cat.png", 415, "type-not-allowed"),
                refusal("an HTML page renamed .png", HostileUploads::htmlPage, "cat.png", 415, "type-not-allowed"),
                refusal("an SVG with a script", HostileUploads::svgWithScript, "cat.svg", 415, "type-not-allowed"),
                refusal("an SVG renamed .png", HostileUploads::svgWithScript, "cat.png", 415, "type-not-allowed"),
                refusal("a PNG declaring 60000 × 60000 in 4 KB", () -> HostileUploads.pngBomb(60_000, 60_000, 4 << 20),
                        "bomb.png", 422, "too-many-pixels"),
                refusal("a GIF of 10 × 10 with a 60000 × 50000 frame", HostileUploads::gifWithHugeFrame, "frame.gif",
                        422, "too-many-pixels"),
                refusal("a WebP of 16777216 × 16777216", HostileUploads::webpWithHugeCanvas, "canvas.webp",
                        422, "too-many-pixels"),
                refusal("a WebP animation of 100 × 100 with a 16383 × 16383 frame",
                        () -> HostileUploads.webpAnimationWithHugeFrame(16_383), "frame.webp", 422, "too-many-pixels"),
                refusal("a PNG whose text chunk claims 2 GB", HostileUploads::pngWithTextClaiming2Gb, "text.png",
                        422, "location-unremovable"),
                refusal("a JPEG cut inside its header", HostileUploads::jpegCutInItsHeader, "cut.jpg", 422, "unreadable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_bad_file_is_a_problem_and_leaves_nothing(String label, Supplier<byte[]> content, String name, int status,
            String code) {
        Library before = now();

        HttpResponse<String> response = api.upload(member, new Multipart().file(name, content.get()));

        assertProblem(response, status, code);
        assertLeftAsItWas(before);
    }

    @Test
    void exactly_the_limit_is_stored() {
        byte[] png = HostileUploads.pngOfSize(MAX_FILE_SIZE);

        HttpResponse<String> response = api.upload(member, new Multipart().file("limit.png", png));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(storedAt(response, 0).get("size").asLong()).isEqualTo(MAX_FILE_SIZE);
    }

    @Test
    void a_png_with_a_long_text_chunk_under_the_limit_is_stored_whole() {
        byte[] png = HostileUploads.pngWithLongText(700_000);

        JsonNode image = storedAt(api.upload(member, new Multipart().file("text.png", png)), 0);

        assertThat(image.get("size").asLong()).isEqualTo(png.length);
        assertThat(Sha256.hex(served(image, "image/png"))).isEqualTo(Sha256.hex(png));
    }

    @Test
    void a_png_whose_xmp_inflates_to_256_mb_is_stored_without_it() {
        byte[] png = HostileUploads.pngWithXmpBomb(256 << 20);

        JsonNode image = storedAt(api.upload(member, new Multipart().file("xmp.png", png)), 0);

        byte[] kept = served(image, "image/png");
        assertThat(HostileUploads.hasPngChunk(kept, "zTXt")).as("the unreadable XMP is dropped").isFalse();
        assertThat(image.get("locationRemoved").asBoolean()).isTrue();
        assertThat(kept.length).isLessThan(1000);
    }

    @Test
    void a_png_whose_icc_profile_inflates_to_256_mb_is_stored() {
        byte[] png = HostileUploads.pngWithIccBomb(256 << 20);

        JsonNode image = storedAt(api.upload(member, new Multipart().file("icc.png", png)), 0);

        assertThat(Sha256.hex(served(image, "image/png"))).isEqualTo(Sha256.hex(png));
        assertServing();
    }

    /** The header reader walks every frame's descriptor to find the largest; 50,000 of them take no time. */
    @Test
    void a_gif_of_50000_frames_is_stored_as_the_gif_it_is() {
        int[] frames = new int[2 * 50_000];
        Arrays.fill(frames, 1);
        byte[] gif = TestImages.gifWithFrames(1, 1, frames);

        JsonNode image = storedAt(api.upload(member, new Multipart().file("frames.gif", gif)), 0);

        assertThat(image.get("width").asInt()).isEqualTo(1);
        assertThat(served(image, "image/gif")).hasSize(gif.length);
        assertServing();
    }

    /** The service reads headers, not pixels: a JPEG cut in its scan is stored, as browsers show it too. */
    @Test
    void a_jpeg_cut_inside_its_scan_is_stored_and_decodes() throws IOException {
        byte[] jpeg = HostileUploads.jpegCutInItsScan(0.6);

        JsonNode image = storedAt(api.upload(member, new Multipart().file("cut.jpg", jpeg)), 0);

        assertThat(image.get("width").asInt()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(served(image, "image/jpeg")))).as("decodes").isNotNull();
    }

    @Test
    void a_jpeg_named_gif_is_stored_as_the_jpeg_it_is() {
        JsonNode image = storedAt(api.upload(member, new Multipart().file("photo.gif", TestImages.jpeg(20, 10))), 0);

        assertThat(image.get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(image.get("name").asString()).matches("[0-9a-f]{32}\\.jpg");
        assertThat(image.get("originalName").asString()).isEqualTo("photo.gif");
        served(image, "image/jpeg");
    }

    @Test
    void a_png_named_svg_is_served_as_png_never_as_svg() {
        JsonNode image = storedAt(api.upload(member, new Multipart().file("logo.svg", TestImages.png(4, 4))), 0);

        assertThat(image.get("contentType").asString()).isEqualTo("image/png");
        assertThat(image.get("name").asString()).endsWith(".png");
        served(image, "image/png");
    }

    /** The bytes GET /files/{name} serves, checked to come with this content type. */
    private byte[] served(JsonNode image, String contentType) {
        HttpResponse<byte[]> file = fetch("/files/" + image.get("name").asString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue(contentType);
        return file.body();
    }

    private static Arguments refusal(String label, Supplier<byte[]> content, String name, int status, String code) {
        return Arguments.of(label, content, name, status, code);
    }
}
