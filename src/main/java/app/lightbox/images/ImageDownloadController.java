package app.lightbox.images;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /files/{storedName}}: the original bytes, served by {@link StoredFileResponses} (sendfile
 * where it can, with 304s and byte ranges). The name is only ever looked up, never turned into a path
 * here, and anything that is not a plain stored name is not found.
 */
@RestController
class ImageDownloadController {

    private final ImageService images;
    private final StoredFileResponses responses;

    ImageDownloadController(ImageService images, StoredFileResponses responses) {
        this.images = images;
        this.responses = responses;
    }

    @GetMapping(ImageLinks.PATH + "{storedName}")
    void serve(@PathVariable String storedName,
            @RequestParam(name = "download", required = false) @Nullable String download, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Optional<ImageFile> found = images.file(storedName);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND); // a bare 404, no error page
            return;
        }
        responses.serve(found.get(), download != null, request, response);
    }
}
