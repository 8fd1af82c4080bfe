package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import app.lightbox.images.ImageReferences;
import app.lightbox.images.TestImages;
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
        byte[] big = new byte[500 * 1024]; // more than 3 × (64 KB + 64 KB of room for headers)
        new java.util.Random(1).nextBytes(big);

        HttpResponse<String> response = api.upload(member, new Multipart().file("big.png", big));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(api.json(response).get("code").asString()).isEqualTo("too-large");
        assertThat(now()).isEqualTo(before);
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
