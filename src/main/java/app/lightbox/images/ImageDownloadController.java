package app.lightbox.images;

import app.lightbox.images.derivatives.DerivativeFile;
import app.lightbox.images.derivatives.DerivativeKind;
import app.lightbox.images.derivatives.DerivativeService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /files/{storedName}}: the original bytes, streamed from the storage. Spring MVC answers
 * If-None-Match (304) and Range (206, 416) for a {@link Resource} body with an ETag. The name is
 * only ever looked up, never turned into a path here, and anything that is not a plain stored name
 * is not found.
 *
 * <p>{@code GET /files/{storedName}/thumb} and {@code /display}: its derivative, with the same headers
 * (the derivative's own type and ETag); the original's bytes where the original stands in for it.
 */
@RestController
class ImageDownloadController {

    /**
     * Kept, but asked about again each time (a 304 thanks to the ETag, the bytes of a stored name never
     * change): a deleted image is gone at once, also from browsers that had it, as the library promises.
     */
    static final String CACHE_REVALIDATED = "public, no-cache";
    /** Even a file that a browser would run (it cannot get in, but still) gets no scripts and no origin. */
    static final String SANDBOX = "default-src 'none'; sandbox";

    private final ImageService images;
    private final DerivativeService derivatives;

    ImageDownloadController(ImageService images, DerivativeService derivatives) {
        this.images = images;
        this.derivatives = derivatives;
    }

    @GetMapping(ImageLinks.PATH + "{storedName}")
    ResponseEntity<Resource> serve(@PathVariable String storedName,
            @RequestParam(name = "download", required = false) @Nullable String download, HttpMethod method) {
        return images.file(storedName).map(file -> respond(file, download, method))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(ImageLinks.PATH + "{storedName}/" + ImageLinks.THUMBNAIL)
    ResponseEntity<Resource> serveThumbnail(@PathVariable String storedName,
            @RequestParam(name = "download", required = false) @Nullable String download, HttpMethod method) {
        return serveDerivative(storedName, DerivativeKind.THUMB, download, method);
    }

    @GetMapping(ImageLinks.PATH + "{storedName}/" + ImageLinks.DISPLAY)
    ResponseEntity<Resource> serveDisplaySize(@PathVariable String storedName,
            @RequestParam(name = "download", required = false) @Nullable String download, HttpMethod method) {
        return serveDerivative(storedName, DerivativeKind.DISPLAY, download, method);
    }

    private ResponseEntity<Resource> serveDerivative(String storedName, DerivativeKind kind, @Nullable String download,
            HttpMethod method) {
        Optional<ImageFile> original = images.file(storedName);
        if (original.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ImageFile file = original.get();
        Optional<DerivativeFile> derivative = derivatives.servable(storedName, kind);
        if (derivative.isPresent()) {
            DerivativeFile made = derivative.get();
            file = new ImageFile(made.storedName(), file.originalName(), made.mediaType(), made.sizeBytes(), made.sha256());
        }
        return respond(file, download, method);
    }

    /** The answer with the file's bytes, whether an original or a derivative: the one place of their headers. */
    private ResponseEntity<Resource> respond(ImageFile file, @Nullable String download, HttpMethod method) {
        ContentDisposition.Builder disposition =
                download != null ? ContentDisposition.attachment() : ContentDisposition.inline();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .eTag(file.sha256())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_REVALIDATED)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(file.downloadName(), StandardCharsets.UTF_8).build().toString());
        if (HttpMethod.HEAD.equals(method)) {
            // Headers only: no need to read the file.
            return response.contentLength(file.size()).build();
        }
        return response.body(new StoredImageResource(images, file));
    }

    /** The bytes of one image; opened anew for each read, as byte ranges may read it more than once. */
    private static final class StoredImageResource extends AbstractResource {

        private final ImageService images;
        private final ImageFile file;

        StoredImageResource(ImageService images, ImageFile file) {
            this.images = images;
            this.file = file;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return images.openContent(file.storedName());
        }

        @Override
        public long contentLength() {
            return file.size();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "stored image " + file.storedName();
        }
    }
}
