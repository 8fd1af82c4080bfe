package app.lightbox.api;

import app.lightbox.images.ImageService;
import app.lightbox.images.StoredInTest;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the API's HTTP tests share: the running app, a client, a new member for each test, and the images a
 * test stored deleted again after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTest {

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();

    @LocalServerPort
    int port;

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Autowired
    StorageProperties storage;

    ApiClient api;
    Actor member;

    @BeforeEach
    void signUp() {
        api = new ApiClient(port);
        member = ApiClient.newMember(accounts);
    }

    /** The request's own address, as links say it without {@code lightbox.public-url}. */
    String base() {
        return "http://localhost:" + port;
    }

    /** The image of an upload's result, deleted after the test. */
    JsonNode keep(JsonNode image) {
        stored.keep(images.find(image.get("name").asString()).orElseThrow());
        return image;
    }

    Library now() {
        return Library.now(images, storage);
    }
}
