package app.lightbox.api;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.PublicAddress;
import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/images}: upload, list, describe and delete, with the images feature's services and
 * their rules (the same as the views'). Every link in an answer is absolute ({@link PublicAddress}).
 * {@code /api/images} is the deprecated alias of the upload.
 */
@RestController
class ImagesApiController {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final ApiUploads uploads;
    private final ImageService images;
    private final ImageDeletions deletions;
    private final ImageReferences references;
    private final PublicAddress address;

    ImagesApiController(ApiUploads uploads, ImageService images, ImageDeletions deletions,
            ImageReferences references, PublicAddress address) {
        this.uploads = uploads;
        this.images = images;
        this.deletions = deletions;
        this.references = references;
        this.address = address;
    }

    /** The body is read here, part by part, as it streams in: see {@link ApiUploads}. */
    @PostMapping({"/api/v1/images", "/api/images"})
    ResponseEntity<?> upload(HttpServletRequest request, Authentication caller) {
        return uploads.upload(request, ApiCaller.actor(caller), address.of(request));
    }

    /** Newest first, a page at a time; {@code q} searches the original names, {@code unused} leaves out used ones. */
    @GetMapping("/api/v1/images")
    ImagePage list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean unused, HttpServletRequest request) {
        if (page < 0) {
            throw new BadParameterException("page", "api.invalid.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameterException("size", "api.invalid.size", MAX_PAGE_SIZE);
        }
        ImageFilter filter = new ImageFilter(q, unused);
        String base = address.of(request);
        List<ImageJson> items = images.list(filter, PageRequest.of(page, size)).stream()
                .map(image -> ImageJson.of(image, base)).toList();
        return ImagePage.of(items, page, size, images.count(filter));
    }

    /** The image, with the posts that use it as far as the caller may see them. */
    @GetMapping("/api/v1/images/{name}")
    ImageJson describe(@PathVariable String name, HttpServletRequest request, Authentication caller) {
        ImageSummary image = images.find(name).orElseThrow(() -> new NotFoundException("Image " + name));
        return ImageJson.described(image, address.of(request),
                references.whereUsed(image.storedName(), ApiCaller.actor(caller)));
    }

    /** By its uploader or an admin; an image that posts use only with {@code force=true}. */
    @DeleteMapping("/api/v1/images/{name}")
    ResponseEntity<Void> delete(@PathVariable String name, @RequestParam(defaultValue = "false") boolean force,
            Authentication caller) {
        deletions.delete(name, ApiCaller.actor(caller), force);
        return ResponseEntity.noContent().build();
    }
}
