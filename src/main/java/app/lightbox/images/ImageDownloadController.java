package app.lightbox.images;

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

    ImageDownloadController(ImageService images) {
        this.images = images;
    }

    @GetMapping(ImageLinks.PATH + "{storedName}")
    ResponseEntity<Resource> serve(@PathVariable String storedName,
            @RequestParam(name = "download", required = false) @Nullable String download, HttpMethod method) {
        Optional<ImageFile> found = images.file(storedName);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ImageFile file = found.get();
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
