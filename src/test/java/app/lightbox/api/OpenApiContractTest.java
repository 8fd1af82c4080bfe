package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document against the real API: every documented operation is called for each of its
 * documented answers, each answer's status and content type must be documented for its operation and its
 * body must match the documented schema ({@link ApiContract}), and in the end every documented answer must
 * have been seen. Small upload limits make each refusal cheap to provoke.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lightbox.upload.max-file-size=300KB", "lightbox.upload.max-files-per-request=2",
        "lightbox.upload.max-pixels=250000"})
class OpenApiContractTest extends ApiTest {

    private static final String IMAGES = "/api/v1/images";
    private static final String IMAGE = "/api/v1/images/{name}";
    private static final String ALIAS = "/api/images";
    /** Answers no test can provoke without breaking the server: a failed disk or database, a bug. */
    private static final Set<String> NOT_PROVOKED = Set.of("post /api/v1/images 500 application/json",
            "post /api/v1/images 500 application/problem+json", "post /api/images 500 application/json",
            "post /api/images 500 application/problem+json", "get /api/v1/images 500 application/problem+json",
            "get /api/v1/images/{name} 500 application/problem+json",
            "delete /api/v1/images/{name} 500 application/problem+json");

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PostService posts;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private ApiContract contract;

    @Test
    void every_documented_answer_is_given_as_documented_and_nothing_else() throws Exception {
        HttpResponse<String> document = http.send(request(OpenApiController.PATH).build(),
                HttpResponse.BodyHandlers.ofString());
        contract = new ApiContract(document.body());
        contract.check("/api/v1/openapi.json", "get", document);

        Actor owner = member;
        String full = TestTokens.secret(tokens, owner, TokenScope.FULL);
        String uploadOnly = TestTokens.secret(tokens, owner, TokenScope.UPLOAD);
        String other = TestTokens.secret(tokens, ApiClient.newMember(accounts), TokenScope.FULL);

        String name = uploads(uploadOnly);
        listing(full, uploadOnly);
        usedAndDeleted(owner, name, full, uploadOnly, other);
        throttled();
        strays(full);

        assertThat(contract.exercised()).containsAll(contract.documented().stream()
                .filter(answer -> !NOT_PROVOKED.contains(answer)).toList());
    }

    /** Every answer of the upload, and of its old address; the name of an image stored. */
    private String uploads(String token) throws Exception {
        HttpResponse<String> created = post(IMAGES, token, new Multipart().part("file", "a.png",
                TestImages.png(40, 30)));
        String name = json.readTree(created.body()).get(0).get("name").asString();
        keep(created);
        keep(post(ALIAS, token, new Multipart().part("file", "b.png", TestImages.png(40, 30))));
        for (String path : List.of(IMAGES, ALIAS)) {
            post(path, null, png());
            refusals(path, token);
        }
        return name;
    }

    /** Every refusal of an upload to this address. */
    private void refusals(String path, String token) throws Exception {
        post(path, token, new Multipart().part("file", "empty.png", new byte[0]));
        post(path, token, new Multipart().part("other", "a.png", TestImages.png(40, 30)));
        post(path, token, new Multipart().part("file", "big.png", padded(TestImages.png(40, 30), 310_000)));
        post(path, token, new Multipart().part("file", "huge.png", new byte[1_200_000]));
        post(path, token, new Multipart().part("file", "notes.png", "just text".getBytes(StandardCharsets.UTF_8)));
        contract.check(path, "post", http.send(request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()));
        post(path, token, new Multipart().part("file", "wide.png", TestImages.png(600, 500)));
    }

    private void listing(String full, String uploadOnly) throws Exception {
        send("get", IMAGES, IMAGES + "?page=0&size=5&q=png&unused=false", full);
        send("get", IMAGES, IMAGES + "?size=0", full);
        send("get", IMAGES, IMAGES, null);
        send("get", IMAGES, IMAGES, uploadOnly);
    }

    /** Described with the post that uses it, then refused and deleted as the rules say. */
    private void usedAndDeleted(Actor owner, String name, String full, String uploadOnly, String other)
            throws Exception {
        PostDetails post = posts.create("Uses it", "![it](" + ImageLinks.url(name) + ")\n", owner);
        posts.publish(post.id(), post.version(), owner);
        String path = IMAGES + "/" + name;
        HttpResponse<String> described = send("get", IMAGE, path, full);
        assertThat(json.readTree(described.body()).get("usedIn")).hasSize(1);
        send("get", IMAGE, path, null);
        send("get", IMAGE, path, uploadOnly);
        send("get", IMAGE, IMAGES + "/no-such-image.png", full);

        send("delete", IMAGE, path, null);
        send("delete", IMAGE, path, other);
        send("delete", IMAGE, IMAGES + "/no-such-image.png", full);
        HttpResponse<String> inUse = send("delete", IMAGE, path, full);
        assertThat(json.readTree(inUse.body()).get("code").asString()).isEqualTo("in-use");
        assertThat(send("delete", IMAGE, path + "?force=maybe", full).statusCode()).isEqualTo(400);
        assertThat(send("delete", IMAGE, path + "?force=true", full).statusCode()).isEqualTo(204);
    }

    /** HTTP Basic after too many wrong passwords: each operation answers 429 to the right one. */
    private void throttled() throws Exception {
        String name = ApiClient.newMember(accounts).username();
        for (int failure = 0; failure < 5; failure++) {
            http.send(request(IMAGES).header("Authorization", basic(name, "wrong " + failure)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        String right = basic(name, ApiClient.PASSWORD);
        Multipart png = png();
        for (String path : List.of(IMAGES, ALIAS)) {
            HttpResponse<String> locked = http.send(request(path).header("Authorization", right)
                    .header("Content-Type", png.contentType()).POST(BodyPublishers.ofByteArray(png.toBytes())).build(),
                    HttpResponse.BodyHandlers.ofString());
            contract.check(path, "post", locked);
            assertThat(locked.headers().firstValue("Retry-After")).hasValue("300");
        }
        for (String[] call : new String[][] {{"get", IMAGES, IMAGES}, {"get", IMAGE, IMAGES + "/x.png"},
                {"delete", IMAGE, IMAGES + "/x.png"}}) {
            contract.check(call[1], call[0], http.send(request(call[2]).header("Authorization", right)
                    .method(call[0].toUpperCase(), BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
        }
    }

    /**
     * A method an address does not take, which its operations document, and an unknown address, a problem
     * too though nothing documents it.
     */
    private void strays(String token) throws Exception {
        for (String[] call : new String[][] {{IMAGES, IMAGES, "PUT"}, {IMAGE, IMAGES + "/x.png", "POST"},
                {ALIAS, ALIAS, "GET"}}) {
            HttpResponse<String> wrongMethod = http.send(request(call[1]).header("Authorization", "Bearer " + token)
                    .method(call[2], BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            contract.checkOtherMethod(call[0], wrongMethod);
            assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
            contract.assertProblem(wrongMethod, "method-not-allowed");
        }
        HttpResponse<String> unknown = http.send(request("/api/v1/nothing-here").header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        contract.assertProblem(unknown, "not-found");
    }

    private HttpResponse<String> post(String path, String token, Multipart body) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", body.contentType())
                .POST(BodyPublishers.ofByteArray(body.toBytes()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        contract.check(path, "post", response);
        return response;
    }

    private HttpResponse<String> send(String method, String template, String path, String token) throws Exception {
        HttpRequest.Builder request = request(path).method(method.toUpperCase(), BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        contract.check(template, method, response);
        return response;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", "en");
    }

    private static Multipart png() {
        return new Multipart().part("file", "a.png", TestImages.png(40, 30));
    }

    /** The image followed by zeros up to the given size: over the size limit, whatever the pixels. */
    private static byte[] padded(byte[] image, int size) {
        return Arrays.copyOf(image, size);
    }

    private void keep(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        keep(json.readTree(created.body()).get(0));
    }


    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
