package app.lightbox.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/openapi.json}, open to anyone: the API's OpenAPI 3.1 description, kept by hand in
 * {@code api/openapi.json} beside the code, and held to the real answers by OpenApiContractTest.
 */
@RestController
class OpenApiController {

    static final String PATH = "/api/v1/openapi.json";
    static final String DOCUMENT = "api/openapi.json";

    private final byte[] document;

    OpenApiController() {
        try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The API's description is missing: " + DOCUMENT, e);
        }
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> document() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }
}
