package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What the catalogue of bad uploads (issue 10, §5) shares beyond {@link ApiTest}: one running server for all
 * its classes (the same annotations, so one cached context) with a 1 MB upload limit, 10 files a request and
 * a 2-second read timeout, so that the limits are cheap to reach; and the check that a refused upload left
 * nothing: no row, no file, no temporary file.
 */
@TestPropertySource(properties = {
        "lightbox.upload.max-file-size=" + UploadCatalogue.MAX_FILE_SIZE,
        "lightbox.upload.max-files-per-request=" + UploadCatalogue.MAX_FILES,
        "server.tomcat.connection-timeout=2s"})
abstract class UploadCatalogue extends ApiTest {

    static final String UPLOADS = "/api/v1/images";
    static final int MAX_FILE_SIZE = 1024 * 1024;
    static final int MAX_FILES = 10;
    /** How long the server may take to notice a client has gone and clean up after it. */
    private static final Duration CLEAN_UP = Duration.ofSeconds(10);

    private final HttpClient anonymous = HttpClient.newHttpClient();

    /** POSTs this body to the upload endpoint as the test's member. */
    HttpResponse<String> post(String contentType, BodyPublisher body) {
        return api.send(api.request(member, UPLOADS).header("Content-Type", contentType).POST(body));
    }

    /** The {@code Authorization} header the test's member calls with, for requests written by hand. */
    String authorization() {
        return api.request(member, UPLOADS).build().headers().firstValue("Authorization").orElseThrow();
    }

    /** GET without credentials, as anyone may fetch a stored file. */
    HttpResponse<byte[]> fetch(String path) {
        try {
            return anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * That the library is as it was: no new row, no new file, no temporary file left; waited for a moment,
     * since a server cleans up after a client that went away only once it notices. Then that it serves.
     */
    void assertLeftAsItWas(Library before) {
        long deadline = System.nanoTime() + CLEAN_UP.toNanos();
        while (!now().equals(before) && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(now()).isEqualTo(before);
        assertServing();
    }

    /** That the server still answers, and still stores an upload. */
    void assertServing() {
        assertThat(fetch("/actuator/health").statusCode()).isEqualTo(200);
        HttpResponse<String> next = api.upload(member, new Multipart().file("next.png", TestImages.png(2, 2)));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        storedAt(next, 0);
    }

    /**
     * The result of the upload at {@code index}: a stored image or a problem, from the response's array
     * (a whole-request problem is the one result there is).
     */
    JsonNode result(HttpResponse<String> response, int index) {
        JsonNode body = api.json(response);
        if (body.isArray()) {
            assertThat(body.size()).as("results in %s", response.body()).isGreaterThan(index);
            return body.get(index);
        }
        assertThat(index).as("a single problem answers for the whole request: %s", response.body()).isZero();
        return body;
    }

    /** That the response is a problem of this status and code with a detail, for the request or its one file. */
    void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).as("the response's type").matches("application/(problem\\+)?json.*"));
        assertProblem(result(response, 0), status, code);
    }

    static void assertProblem(JsonNode problem, int status, String code) {
        assertThat(problem.path("code").asString()).as(problem.toString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).as(problem.toString()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isEqualTo(Problem.TYPE_PREFIX + code);
        assertThat(problem.path("detail").asString()).as(problem.toString()).isNotBlank();
    }

    /** The image the upload at {@code index} was stored as; deleted again after the test. */
    JsonNode storedAt(HttpResponse<String> response, int index) {
        JsonNode image = result(response, index);
        assertThat(image.has("name")).as("stored: %s", image).isTrue();
        return keep(image);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
