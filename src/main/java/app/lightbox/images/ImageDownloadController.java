package app.lightbox.images;

import app.lightbox.images.derivatives.DerivativeFile;
import app.lightbox.images.derivatives.DerivativeKind;
import app.lightbox.images.derivatives.DerivativeService;
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
 *
 * <p>{@code GET /files/{storedName}/thumb} and {@code /display}: its derivative, with the same headers
 * (the derivative's own type and ETag); the original's bytes where the original stands in for it.
 */
@RestController
class ImageDownloadController {

    private final ImageService images;
    private final DerivativeService derivatives;
    private final StoredFileResponses responses;

    ImageDownloadController(ImageService images, DerivativeService derivatives, StoredFileResponses responses) {
        this.images = images;
        this.derivatives = derivatives;
        this.responses = responses;
    }

    @GetMapping(ImageLinks.PATH + "{storedName}")
    void serve(@PathVariable String storedName,
            @RequestParam(name = "download", required = false) @Nullable String download, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        respond(images.file(storedName), download, request, response);
    }

    @GetMapping(ImageLinks.PATH + "{storedName}/" + ImageLinks.THUMBNAIL)
    void serveThumbnail(@PathVariable String storedName,
            @RequestParam(name = "download", required = false) @Nullable String download, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        respond(derivative(storedName, DerivativeKind.THUMB), download, request, response);
    }

    @GetMapping(ImageLinks.PATH + "{storedName}/" + ImageLinks.DISPLAY)
    void serveDisplaySize(@PathVariable String storedName,
            @RequestParam(name = "download", required = false) @Nullable String download, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        respond(derivative(storedName, DerivativeKind.DISPLAY), download, request, response);
    }

    /** The derivative's file, or the original's where the original stands in for it; empty for no such image. */
    private Optional<ImageFile> derivative(String storedName, DerivativeKind kind) {
        return images.file(storedName).map(original -> derivatives.servable(storedName, kind)
                .map(made -> new ImageFile(made.storedName(), original.originalName(), made.mediaType(),
                        made.sizeBytes(), made.sha256()))
                .orElse(original));
    }

    private void respond(Optional<ImageFile> file, @Nullable String download, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND); // a bare 404, no error page
            return;
        }
        responses.serve(file.get(), download != null, request, response);
    }
}
