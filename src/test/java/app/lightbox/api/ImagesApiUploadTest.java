package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.Sha256;
import app.lightbox.images.ImageSnippets;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/images} through real HTTP: one entry per file, in order, stored or refused. */
class ImagesApiUploadTest extends ApiTest {


    @Test
    void stores_a_file_and_answers_with_its_absolute_links_and_snippets() {
        byte[] png = TestImages.png(3, 2);

        HttpResponse<String> response = api.upload(member, new Multipart().file("Shot <1>.png", png));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode image = single(api.json(response));
        ImageSummary summary = images.find(keep(image).get("name").asString()).orElseThrow();
        ImageSnippets snippets = ImageSnippets.of(summary, base());
        assertThat(image.get("name").asString()).matches("[0-9a-f]{32}\\.png");
        assertThat(image.get("url").asString()).isEqualTo(snippets.url()).startsWith(base() + "/");
        assertThat(image.get("thumbnailUrl").asString()).isEqualTo(snippets.thumbnailUrl());
        assertThat(image.get("displayUrl").asString()).isEqualTo(snippets.displayUrl());
        assertThat(image.get("originalName").asString()).isEqualTo("Shot <1>.png");
        assertThat(image.get("size").asLong()).isEqualTo(png.length);
        assertThat(image.get("contentType").asString()).isEqualTo("image/png");
        assertThat(image.get("width").asInt()).isEqualTo(3);
        assertThat(image.get("height").asInt()).isEqualTo(2);
        assertThat(image.get("sha256").asString()).isEqualTo(Sha256.hex(png));
        assertThat(image.get("deduplicated").asBoolean()).isFalse();
        assertThat(image.get("locationRemoved").asBoolean()).isFalse();
        assertThat(Instant.parse(image.get("uploadedAt").asString())).isEqualTo(summary.uploadedAt());
        assertThat(image.get("uploader").asString()).isEqualTo(member.username());
        assertThat(image.get("markdown").asString()).isEqualTo(snippets.markdown());
        assertThat(image.get("html").asString()).isEqualTo(snippets.html()).contains("alt=\"Shot &lt;1&gt;.png\"");
        assertThat(image.get("bbcode").asString()).isEqualTo(snippets.bbcode());
        assertThat(image.has("usedIn")).isFalse();
    }

    @Test
    void stores_several_files_in_the_order_they_were_sent() {
        HttpResponse<String> response = api.upload(member, new Multipart()
                .file("a.png", TestImages.png(1, 1)).file("b.jpg", TestImages.jpeg(2, 2)).file("c.png", TestImages.png(3, 3)));

        assertThat(response.statusCode()).isEqualTo(201);
        List<JsonNode> results = keepAll(api.json(response));
        assertThat(results).extracting(r -> r.get("originalName").asString()).containsExactly("a.png", "b.jpg", "c.png");
        assertThat(results).extracting(r -> r.get("contentType").asString())
                .containsExactly("image/png", "image/jpeg", "image/png");
        assertThat(results).extracting(r -> r.get("name").asString()).doesNotHaveDuplicates();
    }

    @Test
    void an_image_already_in_the_library_is_answered_as_that_image_deduplicated() {
        byte[] png = TestImages.png(2, 2);
        JsonNode first = single(api.json(api.upload(member, new Multipart().file("first.png", png))));
        keep(first);
        Actor other = ApiClient.newMember(accounts);
        Library before = now();

        HttpResponse<String> response = api.upload(other, new Multipart().file("again.png", png));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode again = single(api.json(response));
        assertThat(again.get("deduplicated").asBoolean()).isTrue();
        assertThat(again.get("name").asString()).isEqualTo(first.get("name").asString());
        assertThat(again.get("originalName").asString()).isEqualTo("first.png");
        assertThat(again.get("uploader").asString()).isEqualTo(member.username());
        assertThat(again.get("uploadedAt").asString()).isEqualTo(first.get("uploadedAt").asString());
        assertThat(now()).isEqualTo(before);
    }

    @Test
    void a_refused_file_among_three_is_a_problem_in_its_place_and_the_others_are_stored() {
        Library before = now();

        HttpResponse<String> response = api.upload(member, new Multipart().file("one.png", TestImages.png(1, 2))
                .file("evil.png", "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.US_ASCII))
                .file("three.png", TestImages.png(2, 1)));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode results = api.json(response);
        assertThat(results.size()).isEqualTo(3);
        keep(results.get(0));
        keep(results.get(2));
        JsonNode problem = results.get(1);
        assertThat(problem.get("status").asInt()).isEqualTo(415);
        assertThat(problem.get("code").asString()).isEqualTo("type-not-allowed");
        assertThat(problem.get("type").asString()).isEqualTo(Problem.TYPE_PREFIX + "type-not-allowed");
        assertThat(problem.get("detail").asString()).contains("PNG");
        assertThat(problem.has("name")).isFalse();
        assertThat(now().rows()).isEqualTo(before.rows() + 2);
        assertThat(now().files()).hasSize(before.files().size() + 2);
    }

    @Test
    void when_every_file_is_refused_the_answer_has_the_first_refusals_status_and_nothing_is_left() {
        Library before = now();

        HttpResponse<String> response = api.upload(member, new Multipart().file("empty.png", new byte[0])
                .file("page.png", "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode results = api.json(response);
        assertThat(results.get(0).get("code").asString()).isEqualTo("empty");
        assertThat(results.get(1).get("code").asString()).isEqualTo("type-not-allowed");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(415);
        assertThat(now()).isEqualTo(before);
    }

    @Test
    void a_refusal_is_told_in_the_callers_language() {
        Multipart body = new Multipart().file("empty.png", new byte[0]);

        HttpResponse<String> response = api.send(api.request(member, "/api/v1/images").setHeader("Accept-Language", "zh-CN")
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.toBytes())));

        JsonNode problem = api.json(response).get(0);
        assertThat(problem.get("code").asString()).isEqualTo("empty");
        assertThat(problem.get("title").asString()).isEqualTo("空文件");
    }

    @Test
    void a_body_that_is_not_multipart_is_refused_as_such() {
        Library before = now();

        HttpResponse<String> response = api.send(api.request(member, "/api/v1/images")
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(TestImages.png(1, 1))));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(api.json(response).get("code").asString()).isEqualTo("not-multipart");
        assertThat(now()).isEqualTo(before);
    }

    @Test
    void a_multipart_body_without_a_file_part_is_refused_and_other_parts_are_ignored() {
        Library before = now();

        HttpResponse<String> response = api.upload(member, new Multipart()
                .part("image", "a.png", TestImages.png(1, 1)).part("comment", null, "hi".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(api.json(response).get("code").asString()).isEqualTo("no-file");
        assertThat(now()).isEqualTo(before);
    }

    @Test
    void a_name_with_a_nul_in_it_is_kept_cleaned() {
        HttpResponse<String> response = api.upload(member, new Multipart().file("evil\u0000.php.png", TestImages.png(1, 1)));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode image = keep(api.json(response).get(0));
        assertThat(image.get("originalName").asString()).doesNotContain("\u0000").endsWith(".png");
        assertThat(image.get("name").asString()).matches("[0-9a-f]{32}\\.png");
    }

    @Test
    void the_deprecated_address_uploads_as_well() {
        HttpResponse<String> response = api.upload(member, new Multipart().file("old.png", TestImages.png(1, 1)),
                "/api/images");

        assertThat(response.statusCode()).isEqualTo(201);
        keepAll(api.json(response));
    }

    private JsonNode single(JsonNode results) {
        assertThat(results.isArray()).isTrue();
        assertThat(results.size()).isEqualTo(1);
        return results.get(0);
    }

    private List<JsonNode> keepAll(JsonNode results) {
        List<JsonNode> all = java.util.stream.IntStream.range(0, results.size()).mapToObj(results::get).toList();
        all.forEach(this::keep);
        return all;
    }

}
