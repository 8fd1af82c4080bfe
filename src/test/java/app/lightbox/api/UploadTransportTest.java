package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, §5, clients that break HTTP: a {@code Content-Length} that lies either way, a chunked body
 * over the limit, a connection dropped halfway (raw sockets where HttpClient would refuse). The server
 * answers what it can, keeps nothing half-stored, and goes on serving.
 */
class UploadTransportTest extends UploadCatalogue {

    /** Longer than the server's read timeout in this test (server.tomcat.connection-timeout=2s). */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final long HUGE = 50L << 20;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_content_length_shorter_than_the_body_cuts_the_file_and_stores_nothing() throws IOException {
        Library before = now();
        Multipart body = new Multipart().file("short.png", HostileUploads.pngOfSize(200_000));
        int length = body.toBytes().length;

        Optional<RawHttp.Response> response = sendClaiming(body, length / 2, length);

        assertRawProblem(response, 400, "interrupted");
        assertLeftAsItWas(before);
    }

    /**
     * A client that stalls: it claims the whole body, sends half of it and then nothing more. Tomcat's read
     * timeout answers 408 itself, through the server's error page (the upload's own answer cannot be sent once
     * Tomcat has failed the request), which answers the API's requests with a problem too.
     */
    @Test
    void a_content_length_longer_than_what_comes_times_out_and_stores_nothing() throws IOException {
        Library before = now();
        Multipart body = new Multipart().file("stalled.png", HostileUploads.pngOfSize(200_000));
        int length = body.toBytes().length;

        Optional<RawHttp.Response> response = sendClaiming(body, length, length / 2);

        assertThat(response).isPresent();
        assertRawProblem(response, 408, "request-timeout");
        assertThat(response.get().head()).containsIgnoringCase("Content-Type: " + Problem.MEDIA_TYPE)
                .containsIgnoringCase("Connection: close");
        assertLeftAsItWas(before);
    }

    /** The multipart body ends where its closing boundary says, whatever more the length promised. */
    @Test
    void a_content_length_longer_than_a_whole_multipart_body_stores_its_files() throws IOException {
        Multipart body = new Multipart().file("whole.png", TestImages.png(16, 16));
        int length = body.toBytes().length;

        Optional<RawHttp.Response> response = sendClaiming(body, length + 100_000, length);

        assertThat(response).isPresent();
        assertThat(response.get().status()).as(response.get().body()).isEqualTo(201);
        String name = json.readTree(response.get().body()).get(0).get("name").asString();
        stored.keep(images.find(name).orElseThrow());
        assertServing();
    }

    @Test
    void a_chunked_upload_over_the_limit_is_too_large() {
        Library before = now();
        Multipart body = new Multipart().file("big.png", HostileUploads.pngOfSize(MAX_FILE_SIZE + 1));

        HttpResponse<String> response = postChunked(body);

        assertProblem(response, 413, "too-large");
        assertLeftAsItWas(before);
    }

    /**
     * The reading stops at the file's limit: the answer comes once about that much has arrived, and the
     * connection closes rather than take the other 49 MB.
     */
    @Test
    void a_chunked_file_of_50_mb_is_refused_once_about_the_limit_has_arrived() throws IOException {
        Library before = now();
        Multipart empty = new Multipart().file("huge.png", new byte[0]);
        byte[] frame = empty.toBytes();
        int contentAt = HostileUploads.indexOf(frame, TestImages.ascii("\r\n\r\n")) + 4;
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(frame, 0, contentAt), zeros(HUGE),
                new ByteArrayInputStream(frame, contentAt, frame.length - contentAt))));

        RawHttp.Streamed streamed = new RawHttp(port).streamChunked(
                RawHttp.chunkedUploadHead(authorization(), empty.contentType()), body, PATIENCE);

        assertRawProblem(streamed.response(), 413, "too-large");
        assertThat(streamed.response().get().head()).containsIgnoringCase("Connection: close");
        // the limit, and room for what the buffers on the way hold (before: up to the request's limit, 10 MB)
        assertThat(streamed.sent()).as("bytes sent before the answer").isLessThan(5L * MAX_FILE_SIZE);
        assertLeftAsItWas(before);
    }

    @Test
    void a_chunked_upload_under_the_limit_is_stored() {
        byte[] png = TestImages.png(32, 32);
        Multipart body = new Multipart().file("chunked.png", png);

        HttpResponse<String> response = postChunked(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(storedAt(response, 0).get("size").asLong()).isEqualTo(png.length);
    }

    @Test
    void a_client_that_hangs_up_halfway_leaves_no_file_no_row_and_no_temporary_file() throws IOException {
        Library before = now();
        Multipart body = new Multipart().file("gone.png", HostileUploads.pngOfSize(600_000));
        byte[] bytes = body.toBytes();
        byte[] head = RawHttp.uploadHead(authorization(), body.contentType(), bytes.length);

        new RawHttp(port).hangUpAfter(HostileUploads.concat(head, bytes), head.length + bytes.length / 2);

        assertLeftAsItWas(before);
    }

    private static InputStream zeros(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    /** Sends an upload by hand: a head that claims {@code claimed} bytes, then the body's first {@code sent}. */
    private Optional<RawHttp.Response> sendClaiming(Multipart body, long claimed, int sent) throws IOException {
        byte[] head = RawHttp.uploadHead(authorization(), body.contentType(), claimed);
        return new RawHttp(port).exchange(HostileUploads.concat(head, Arrays.copyOf(body.toBytes(), sent)), PATIENCE);
    }

    /** POSTs the body without a length: chunked, as a client streaming from a pipe sends it. */
    private HttpResponse<String> postChunked(Multipart body) {
        byte[] bytes = body.toBytes();
        return post(body.contentType(), BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    private void assertRawProblem(Optional<RawHttp.Response> response, int status, String code) {
        assertThat(response).as("an answer before the connection closed").isPresent();
        assertThat(response.get().status()).as(response.get().head() + "\n\n" + response.get().body()).isEqualTo(status);
        JsonNode body = json.readTree(response.get().body());
        assertProblem(body.isArray() ? body.get(0) : body, status, code);
    }
}
