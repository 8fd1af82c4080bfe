package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;

/** Real HTTP against a running server, so that Tomcat and Spring Security see every request as sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageDownloadControllerTest {

    private static final String CANARY = "lightbox-canary-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    ImageService images;

    @Autowired
    ImageDeletions deletions;

    @Autowired
    UserAccountService accounts;

    @Autowired
    StorageProperties storageProperties;

    private final HttpClient http = HttpClient.newHttpClient();
    private Actor uploader;
    private byte[] bytes;
    private ImageSummary image;
    private Path canary;

    @BeforeAll
    void placeCanaryNextToTheStorageFolder() throws IOException {
        // A file a traversal would be after: a valid-looking name one folder up from the stored images.
        canary = storageProperties.location().toAbsolutePath().getParent().resolve("canary-" + UUID.randomUUID()
                .toString().replace("-", "") + ".png");
        Files.writeString(canary, CANARY);
    }

    @AfterAll
    void removeCanary() throws IOException {
        Files.deleteIfExists(canary);
    }

    @BeforeEach
    void storeAnImage() {
        if (uploader == null) {
            String name = "dl-" + UUID.randomUUID().toString().substring(0, 12);
            uploader = ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
        }
        bytes = TestImages.png(40, 30);
        image = store(bytes, "cat.png");
    }

    @Test
    void serves_the_original_bytes_with_safe_headers() throws Exception {
        HttpResponse<byte[]> response = get(image.url());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes.length));
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; sandbox");
        assertThat(response.headers().allValues("ETag"))
                .containsExactly("\"" + ImageServiceTest.sha256(bytes) + "\"");
        assertThat(response.headers().allValues("Cache-Control"))
                .as("kept but asked about again, so a deleted image goes at once").containsExactly("public, no-cache");
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        ContentDisposition disposition = disposition(response);
        assertThat(disposition.isInline()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("cat.png");
    }

    @Test
    void a_download_touches_no_login_and_no_session_whatever_cookies_it_brings() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(image.url()))
                .header("Cookie", "remember-me=bm90LWEtdG9rZW46MTIz; JSESSIONID=0123456789ABCDEF"));

        assertThat(response.statusCode()).isEqualTo(200);
        // the pages' chain would try the remember-me cookie, find it bad and clear it
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void answers_a_matching_if_none_match_with_304() throws Exception {
        String etag = get(image.url()).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(image.url())).header("If-None-Match", etag));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).hasValue(etag);
    }

    /*
     * The pages' policy (and Spring Security's headers) must not join the download's own: two policies
     * are both enforced, and a 304's headers replace those a browser stored with the image.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "revalidation", "range"})
    void every_answer_with_the_image_carries_only_its_own_strict_policy(String kind) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(image.url()));
        switch (kind) {
            case "HEAD" -> request.method("HEAD", HttpRequest.BodyPublishers.noBody());
            case "revalidation" -> request.header("If-None-Match", get(image.url()).headers().firstValue("ETag").orElseThrow());
            case "range" -> request.header("Range", "bytes=0-9");
            default -> { }
        }

        HttpResponse<byte[]> response = send(request);

        assertThat(response.statusCode()).isIn(200, 206, 304);
        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("public, no-cache");
    }

    @Test
    void serves_the_whole_file_for_another_etag() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(image.url()))
                .header("If-None-Match", "\"" + "0".repeat(64) + "\""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
    }

    @Test
    void serves_a_byte_range_with_206() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(image.url())).header("Range", "bytes=10-19"));

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + bytes.length);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, 10, 20));
    }

    @Test
    void serves_a_suffix_range() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(image.url())).header("Range", "bytes=-7"));

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 7, bytes.length));
    }

    @Test
    void answers_an_unsatisfiable_range_with_416() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(image.url()))
                .header("Range", "bytes=" + (bytes.length + 10) + "-"));

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + bytes.length);
    }

    @Test
    void answers_head_with_headers_only() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(image.url()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes.length));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("ETag")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"图片.png", "résumé.png", "a \"quoted\" name;.png", "plain.png"})
    void offers_the_original_name_on_download(String originalName) throws Exception {
        byte[] png = TestImages.png(40, 30);
        ImageSummary named = store(png, originalName);

        HttpResponse<byte[]> response = get(named.downloadUrl());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(png);
        String header = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(header).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).as("ASCII only: %s", header).isTrue();
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo(originalName);
    }

    @ParameterizedTest
    @CsvSource({"photo.jpg, photo.png", "scan, scan.png", "notes.txt, notes.txt.png", "Shot.PNG, Shot.PNG"})
    void a_download_is_named_for_what_the_file_really_is(String originalName, String downloadName) throws Exception {
        ImageSummary named = store(TestImages.png(40, 30), originalName); // a PNG, whatever the name says

        HttpResponse<byte[]> response = get(named.downloadUrl());

        String header = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo(downloadName);
        assertThat(images.find(named.storedName()).orElseThrow().originalName()).as("the library keeps the name given")
                .isEqualTo(originalName);
    }

    // --- derivatives

    @Test
    void serves_a_thumbnail_and_a_display_size_with_the_same_safe_headers_and_their_own_etag() throws Exception {
        ImageSummary photo = store(TestImages.jpeg(2000, 1000), "photo.jpg");

        for (String url : new String[] {ImageLinks.thumbnailUrl(photo.storedName()), ImageLinks.displayUrl(photo.storedName())}) {
            HttpResponse<byte[]> response = get(url);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(response.headers().allValues("ETag")).containsExactly("\"" + ImageServiceTest.sha256(response.body()) + "\"");
            assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
            assertThat(response.headers().allValues("Cache-Control")).containsExactly("public, no-cache");
            assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            assertThat(disposition(response).getFilename()).isEqualTo("photo.jpg");
        }
        assertThat(width(get(ImageLinks.thumbnailUrl(photo.storedName())).body())).isEqualTo(320);
        assertThat(width(get(ImageLinks.displayUrl(photo.storedName())).body())).isEqualTo(1280);
    }

    @Test
    void a_thumbnail_answers_revalidation_with_304_and_ranges_with_206() throws Exception {
        ImageSummary photo = store(TestImages.jpeg(1000, 500), "photo.jpg");
        String url = ImageLinks.thumbnailUrl(photo.storedName());
        HttpResponse<byte[]> whole = get(url);
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> revalidated = send(HttpRequest.newBuilder(uri(url)).header("If-None-Match", etag));
        HttpResponse<byte[]> range = send(HttpRequest.newBuilder(uri(url)).header("Range", "bytes=10-19"));

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + whole.body().length);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(whole.body(), 10, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thumb", "display"})
    void the_derivative_urls_of_a_small_image_serve_its_original(String kind) throws Exception {
        HttpResponse<byte[]> response = get(image.url() + "/" + kind);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().allValues("ETag")).containsExactly("\"" + ImageServiceTest.sha256(bytes) + "\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void answers_derivatives_of_unknown_or_deleted_images_with_404() throws Exception {
        assertThat(get("/files/0123456789abcdef0123456789abcdef.png/thumb").statusCode()).isEqualTo(404);
        assertThat(get("/files/nothing-here/display").statusCode()).isEqualTo(404);
        deletions.delete(image.id(), uploader, true);
        assertThat(get(ImageLinks.thumbnailUrl(image.storedName())).statusCode()).isEqualTo(404);
    }

    private static int width(byte[] image) throws IOException {
        return javax.imageio.ImageIO.read(new ByteArrayInputStream(image)).getWidth();
    }

    @Test
    void answers_unknown_names_with_404() throws Exception {
        assertThat(get("/files/0123456789abcdef0123456789abcdef.png").statusCode()).isEqualTo(404);
        assertThat(get("/files/nothing-here").statusCode()).isEqualTo(404);
        assertThat(get("/files/" + image.storedName().replace(".png", ".gif")).statusCode()).isEqualTo(404);
    }

    @Test
    void answers_with_404_once_deleted() throws Exception {
        deletions.delete(image.id(), uploader, true);
        assertThat(get(image.url()).statusCode()).isEqualTo(404);
    }

    @Test
    void serves_a_plain_canary_name_from_the_storage_only() throws Exception {
        // The canary's name is valid, so only the folder keeps it out of reach.
        assertThat(get("/files/" + canary.getFileName()).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/files/..%2F{canary}",
        "/files/..%2f..%2f..%2fetc%2fpasswd",
        "/files/%2e%2e%2f{canary}",
        "/files/%2e%2e/{canary}",
        "/files/%2E%2E",
        "/files/../{canary}",
        "/files/..",
        "/files/a%00.png",
        "/files/{stored}%00.png",
        "/files/..\\{canary}",
        "/files/..%5C{canary}",
        "/files/..%5c..%5cetc%5cpasswd",
        "/files/%252e%252e%252f{canary}",
        "/files/....//{canary}",
        "/files//{canary}",
        "/files/{stored}/..%2F..%2F{canary}",
        "/files/.%2e/{canary}",
        "/files/%c0%ae%c0%ae%c0%af{canary}"
    })
    void never_serves_anything_but_a_stored_image_for_traversal_attempts(String template) throws IOException {
        String target = template.replace("{canary}", canary.getFileName().toString())
                .replace("{stored}", image.storedName());

        RawResponse response = rawGet(target);

        // Spring Security's firewall answers 400; the error page is open to anyone, so the status arrives as it is.
        assertThat(response.status()).as("%s answered:%n%s", target, response.head()).isIn(400, 404);
        assertThat(response.text()).doesNotContain(CANARY).doesNotContain("root:");
    }

    // --- helpers

    private ImageSummary store(byte[] content, String name) {
        return ((Stored) images.store(new ByteArrayInputStream(content), name, uploader)).image();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static ContentDisposition disposition(HttpResponse<?> response) {
        return ContentDisposition.parse(response.headers().firstValue("Content-Disposition").orElseThrow());
    }

    record RawResponse(int status, String text) {
        /** Status line and headers. */
        String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end + 2);
        }
    }

    /** Sends the request target exactly as given, which no URI class would let through unchanged. */
    private RawResponse rawGet(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            return new RawResponse(Integer.parseInt(statusLine[1]), text);
        }
    }
}
