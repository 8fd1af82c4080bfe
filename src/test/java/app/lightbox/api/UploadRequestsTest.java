package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.TestImages;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, §5, requests of the wrong shape: no file in them, a file without a name, more files than one
 * request may carry or a server reads, a JSON body (ImagesApiUploadTest has a bare PNG body and parts of other names). Each is answered with a problem, or with a result per
 * file, and nothing is half-stored.
 */
class UploadRequestsTest extends UploadCatalogue {

    @Test
    void a_multipart_body_without_any_part_is_a_no_file_problem() {
        Library before = now();

        HttpResponse<String> response = api.upload(member, new Multipart());

        assertProblem(response, 400, "no-file");
        assertLeftAsItWas(before);
    }

    /** What a browser's form sends when no file was chosen: a file part without name or bytes. */
    @Test
    void an_empty_file_part_without_a_name_is_an_empty_problem() {
        Library before = now();

        HttpResponse<String> response = api.upload(member, new Multipart().file("", new byte[0]));

        assertProblem(response, 400, "empty");
        assertLeftAsItWas(before);
    }

    @Test
    void a_file_without_a_name_is_stored_under_a_name_of_its_type() {
        HttpResponse<String> response = api.upload(member, new Multipart().file("", TestImages.jpeg(4, 4)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(storedAt(response, 0).get("originalName").asString()).isEqualTo("image.jpg");
    }

    @Test
    void a_request_of_200_files_stores_the_first_ones_each_on_its_own_and_refuses_the_rest() {
        long imagesBefore = now().rows();
        Multipart body = new Multipart();
        for (int i = 0; i < 200; i++) {
            body.file("shot-" + i + ".png", i == 2 ? HostileUploads.shellScript() : TestImages.png(1, 1));
        }

        HttpResponse<String> response = api.upload(member, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode results = api.json(response);
        assertThat(results.size()).isEqualTo(200);
        for (int i = 0; i < MAX_FILES; i++) {
            if (i == 2) {
                assertProblem(results.get(i), 415, "type-not-allowed");
            } else {
                assertThat(storedAt(response, i).get("originalName").asString()).isEqualTo("shot-" + i + ".png");
            }
        }
        for (int i = MAX_FILES; i < 200; i++) {
            assertProblem(results.get(i), 413, "too-many-files");
        }
        assertThat(now().rows()).isEqualTo(imagesBefore + MAX_FILES - 1);
        assertServing();
    }

    /** Each part beyond the limit costs an entry in the answer: millions of them would bring the server down. */
    @Test
    void a_request_of_10000_empty_file_parts_is_read_for_its_first_1000_parts_only_and_stores_nothing() {
        Library before = now();
        Multipart body = new Multipart();
        for (int i = 0; i < 10_000; i++) {
            body.file("", new byte[0]);
        }

        HttpResponse<String> response = api.upload(member, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Connection")).hasValue("close");
        JsonNode results = api.json(response);
        assertThat(results.size()).isEqualTo(ApiUploads.MAX_PARTS);
        assertProblem(results.get(0), 400, "empty");
        assertProblem(results.get(MAX_FILES), 413, "too-many-files");
        assertProblem(results.get(ApiUploads.MAX_PARTS - 1), 413, "too-many-files");
        assertLeftAsItWas(before);
    }

    @Test
    void a_body_that_is_not_multipart_is_a_not_multipart_problem() {
        Library before = now();

        HttpResponse<String> response = post("application/json",
                BodyPublishers.ofString("{\"file\":\"iVBORw0KGgo=\", \"name\":\"cat.png\"}"));

        assertProblem(response, 415, "not-multipart");
        assertLeftAsItWas(before);
    }
}
