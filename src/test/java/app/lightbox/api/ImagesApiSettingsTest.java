package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageService;
import app.lightbox.images.TestImages;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

/**
 * The API under settings of its own: behind a proxy ({@code lightbox.public-url}), with small upload limits
 * (at most 2 files of 64 KB a request), and with a service that fails unexpectedly.
 */
@TestPropertySource(properties = {
        "lightbox.public-url=https://team.example/lightbox",
        "lightbox.upload.max-files-per-request=2",
        "lightbox.upload.max-file-size=64KB"})
class ImagesApiSettingsTest extends ApiTest {

    static final String BASE = "https://team.example/lightbox";

    @MockitoSpyBean
    ImageReferences references;

    @MockitoSpyBean
    ImageService imageService;

    @Test
    void links_use_the_public_address_rather_than_the_requests() {
        HttpResponse<String> response = api.upload(member, new Multipart().file("a.png", TestImages.png(4, 4)));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode image = keep(api.json(response).get(0));
        String name = image.get("name").asString();
        assertThat(image.get("url").asString()).isEqualTo(BASE + "/files/" + name);
        assertThat(image.get("thumbnailUrl").asString()).startsWith(BASE + "/");
        assertThat(image.get("displayUrl").asString()).startsWith(BASE + "/");
        assertThat(image.get("markdown").asString()).isEqualTo("![a.png](" + BASE + "/files/" + name + ")");
        assertThat(image.get("bbcode").asString()).isEqualTo("[img]" + BASE + "/files/" + name + "[/img]");
        assertThat(image.get("html").asString()).contains("src=\"" + BASE + "/").doesNotContain("localhost");
    }

    @Test
    void files_beyond_the_most_per_request_are_answered_in_their_places_and_not_stored() {
        Library before = now();

        HttpResponse<String> response = api.upload(member, new Multipart()
                .file("1.png", TestImages.png(1, 1)).file("2.png", TestImages.png(1, 2))
                .file("3.png", TestImages.png(1, 3)).file("4.png", "not even an image".getBytes(StandardCharsets.US_ASCII)));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode results = api.json(response);
        assertThat(results.size()).isEqualTo(4);
        keep(results.get(0));
        keep(results.get(1));
        for (int i = 2; i < 4; i++) {
            assertThat(results.get(i).get("code").asString()).isEqualTo("too-many-files");
            assertThat(results.get(i).get("status").asInt()).isEqualTo(413);
            assertThat(results.get(i).get("detail").asString()).contains("2");
        }
        assertThat(now().rows()).isEqualTo(before.rows() + 2);
        assertThat(now().files()).hasSize(before.files().size() + 2);
    }

    @Test
    void a_body_larger_than_the_most_files_of_the_largest_size_is_refused_unread() {
        Library before = now();
        byte[] big = new byte[500 * 1024]; // more than 2 × (64 KB + 64 KB of room for headers)
        new java.util.Random(1).nextBytes(big);

        HttpResponse<String> response = api.upload(member, new Multipart().file("big.png", big));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(api.json(response).get("code").asString()).isEqualTo("too-large");
        assertThat(api.json(response).get("detail").asString())
                .isEqualTo("The request is larger than 2 files of at most 64 KB each can be. Nothing of it was read.");
        assertThat(now()).isEqualTo(before);
    }

    /**
     * Only parts of other names before it can take the request past the most its files could make; a body of
     * unknown length (chunked) is found to be too large only then.
     */
    @Test
    void a_file_that_takes_the_request_past_its_limit_is_too_large_and_nothing_after_it_is_read() {
        Library before = now();

        Multipart body = new Multipart().part("note", null, new byte[250 * 1024])
                .file("a.png", HostileUploads.pngOfSize(60 * 1024)).file("b.png", TestImages.png(1, 1));
        byte[] bytes = body.toBytes();

        HttpResponse<String> response = api.send(api.request(member, "/api/v1/images") // chunked: no length to refuse first
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Connection")).hasValue("close");
        JsonNode results = api.json(response);
        assertThat(results.size()).as(response.body()).isEqualTo(1);
        assertThat(results.get(0).get("code").asString()).isEqualTo("too-large");
        assertThat(results.get(0).get("detail").asString()).contains("2 files of at most 64 KB");
        assertThat(now()).isEqualTo(before);
    }

    @Test
    void a_failure_storing_one_file_is_a_storage_failed_problem_in_its_place_and_the_file_before_it_stays() {
        doCallRealMethod().doThrow(new IllegalStateException("disk on fire"))
                .when(imageService).store(any(), any(), any());

        HttpResponse<String> response = api.upload(member, new Multipart()
                .file("1.png", TestImages.png(1, 1)).file("2.png", TestImages.png(1, 2)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode results = api.json(response);
        assertThat(keep(results.get(0)).get("originalName").asString()).isEqualTo("1.png");
        assertThat(results.get(1).get("code").asString()).isEqualTo("storage-failed");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("disk on fire", "IllegalState");
    }

    @Test
    void a_multipart_body_that_cannot_be_read_is_a_bad_request_told_in_the_callers_language() {
        HttpResponse<String> response = api.send(api.request(member, "/api/v1/images")
                .header("Content-Type", "multipart/form-data").setHeader("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString("no boundary, no parts")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = api.json(response);
        assertThat(problem.get("code").asString()).isEqualTo("bad-request");
        assertThat(problem.get("detail").asString()).isEqualTo("无法读取请求：某个参数或请求体的值不被 API 接受。");
    }

    @Test
    void an_unexpected_failure_is_a_server_error_that_tells_nothing_of_its_cause() {
        JsonNode image = keep(api.json(api.upload(member, new Multipart().file("b.png", TestImages.png(2, 2)))).get(0));
        doThrow(new IllegalStateException("secret internals")).when(references).whereUsed(any(), any());

        HttpResponse<String> response = api.get(member, "/api/v1/images/" + image.get("name").asString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(api.json(response).get("code").asString()).isEqualTo("server-error");
        assertThat(response.body()).doesNotContain("secret", "IllegalState", "at app.lightbox");
    }

}
