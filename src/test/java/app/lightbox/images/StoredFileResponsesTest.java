package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A 1 MB photo through a real Tomcat, with and without its sendfile, and the sendfile hand-over itself
 * on mock requests: which file, which bytes, and when the bytes are streamed instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredFileResponsesTest {

    @LocalServerPort
    int port;

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Autowired
    ImageStorage storage;

    @Autowired
    StoredFileResponses responses;

    @Autowired
    WebServerApplicationContext server;

    private final HttpClient http = HttpClient.newHttpClient();
    private byte[] bytes;
    private ImageSummary photo;
    private ImageFile file;

    @BeforeAll
    void storeAPhoto() {
        String name = "sf-" + UUID.randomUUID().toString().substring(0, 12);
        Actor uploader = ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
        bytes = TestImages.photo(2400, 1600, 7);
        photo = ((Stored) images.store(new ByteArrayInputStream(bytes), "photo.jpg", uploader)).image();
        file = images.file(photo.storedName()).orElseThrow();
        assertThat(bytes.length).as("about 1 MB").isBetween(800_000, 1_400_000);
    }

    // --- a real Tomcat

    @ParameterizedTest(name = "sendfile offered: {0}")
    @ValueSource(booleans = {true, false})
    void serves_a_photo_byte_for_byte_with_its_headers_whether_or_not_tomcat_offers_sendfile(boolean sendfile)
            throws Exception {
        SendfileSwitch.offer(server, sendfile);
        try {
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri()));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes);
            assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes.length));
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(response.headers().allValues("ETag")).containsExactly("\"" + file.sha256() + "\"");
            assertThat(response.headers().allValues("Cache-Control")).containsExactly("public, no-cache");
            assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.headers().allValues("Content-Security-Policy"))
                    .containsExactly("default-src 'none'; sandbox");
            assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            assertThat(response.headers().map()).as("no session for a download").doesNotContainKey("set-cookie");
            assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("inline;").contains("photo.jpg"));
        } finally {
            SendfileSwitch.offer(server, true);
        }
    }

    @ParameterizedTest(name = "sendfile offered: {0}")
    @ValueSource(booleans = {true, false})
    void serves_a_range_from_the_middle_of_the_photo(boolean sendfile) throws Exception {
        SendfileSwitch.offer(server, sendfile);
        try {
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri()).header("Range", "bytes=500000-600000"));

            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 500000-600000/" + bytes.length);
            assertThat(response.headers().firstValue("Content-Length")).hasValue("100001");
            assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, 500_000, 600_001));
        } finally {
            SendfileSwitch.offer(server, true);
        }
    }

    @Test
    void answers_a_matching_etag_with_304_and_head_with_headers_only() throws Exception {
        HttpResponse<byte[]> notModified = send(HttpRequest.newBuilder(uri()).header("If-None-Match", etag()));
        HttpResponse<byte[]> head = send(HttpRequest.newBuilder(uri()).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        // The connection the HEAD used still works: no file followed its headers.
        HttpResponse<byte[]> after = send(HttpRequest.newBuilder(uri()).header("Range", "bytes=0-3"));

        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes.length));
        assertThat(after.body()).isEqualTo(Arrays.copyOfRange(bytes, 0, 4));
    }

    // --- what is handed to Tomcat

    @Test
    void hands_the_stored_file_to_tomcat_when_it_offers_sendfile() throws Exception {
        MockHttpServletRequest request = offeringSendfile();

        MockHttpServletResponse response = serve(request, responses);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentLengthLong()).isEqualTo(bytes.length);
        assertThat(response.getContentAsByteArray()).as("Tomcat sends the bytes").isEmpty();
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_FILENAME))
                .isEqualTo(storage.localPath(photo.storedName()).orElseThrow());
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_START)).isEqualTo(0L);
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_END)).isEqualTo((long) bytes.length);
    }

    @Test
    void hands_over_only_the_bytes_of_a_range() throws Exception {
        MockHttpServletRequest request = offeringSendfile();
        request.addHeader("Range", "bytes=100-199");
        request.addHeader("If-Range", etag());

        MockHttpServletResponse response = serve(request, responses);

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getContentLengthLong()).isEqualTo(100);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 100-199/" + bytes.length);
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_START)).isEqualTo(100L);
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_END)).isEqualTo(200L);
    }

    @Test
    void sends_the_whole_file_when_if_range_names_other_bytes() throws Exception {
        MockHttpServletRequest request = offeringSendfile();
        request.addHeader("Range", "bytes=100-199");
        request.addHeader("If-Range", "\"" + "0".repeat(64) + "\"");

        MockHttpServletResponse response = serve(request, responses);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Range")).isNull();
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_START)).isEqualTo(0L);
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_END)).isEqualTo((long) bytes.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "304", "416"})
    void never_hands_a_file_to_tomcat_for_an_answer_without_a_body(String kind) throws Exception {
        MockHttpServletRequest request = offeringSendfile();
        switch (kind) {
            case "HEAD" -> request.setMethod("HEAD");
            case "304" -> request.addHeader("If-None-Match", etag());
            default -> request.addHeader("Range", "bytes=" + bytes.length + "-");
        }

        MockHttpServletResponse response = serve(request, responses);

        assertThat(response.getStatus()).isEqualTo(switch (kind) {
            case "HEAD" -> 200;
            case "304" -> 304;
            default -> 416;
        });
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_FILENAME)).isNull();
    }

    @Test
    void streams_the_bytes_when_the_container_offers_no_sendfile() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", ImageLinks.url(photo.storedName()));

        MockHttpServletResponse response = serve(request, responses);

        assertThat(response.getContentAsByteArray()).isEqualTo(bytes);
        assertThat(response.getBufferSize()).as("not in 8 KB pieces").isEqualTo(StoredFileResponses.STREAM_BUFFER);
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_FILENAME)).isNull();
    }

    @Test
    void streams_the_bytes_of_a_store_without_local_files() throws Exception {
        ImageStorage withoutFiles = (ImageStorage) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ImageStorage.class}, (proxy, method, args) ->
                        method.getName().equals("localPath") ? Optional.empty() : method.invoke(storage, args));
        MockHttpServletRequest request = offeringSendfile();
        request.addHeader("Range", "bytes=-10");

        MockHttpServletResponse response = serve(request, new StoredFileResponses(withoutFiles));

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 10, bytes.length));
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_FILENAME)).isNull();
    }

    @Test
    void streams_several_ranges_as_one_multipart_answer() throws Exception {
        MockHttpServletRequest request = offeringSendfile();
        request.addHeader("Range", "bytes=0-9,20-29");

        MockHttpServletResponse response = serve(request, responses);

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getContentType()).startsWith("multipart/byteranges; boundary=");
        assertThat(response.getContentAsString(StandardCharsets.ISO_8859_1))
                .contains("Content-Type: image/jpeg", "Content-Range: bytes 0-9/" + bytes.length,
                        "Content-Range: bytes 20-29/" + bytes.length);
        assertThat(request.getAttribute(StoredFileResponses.SENDFILE_FILENAME)).isNull();
    }

    // --- helpers

    private MockHttpServletRequest offeringSendfile() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", ImageLinks.url(photo.storedName()));
        request.setAttribute(StoredFileResponses.SENDFILE_SUPPORT, Boolean.TRUE);
        return request;
    }

    private MockHttpServletResponse serve(MockHttpServletRequest request, StoredFileResponses using) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        using.serve(file, false, request, response);
        return response;
    }

    private String etag() {
        return "\"" + file.sha256() + "\"";
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + photo.url());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
