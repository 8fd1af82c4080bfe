package app.lightbox.api;

import app.lightbox.base.ByteSize;
import app.lightbox.images.ImageService;
import app.lightbox.images.Refusal;
import app.lightbox.images.StoreResult.AlreadyStored;
import app.lightbox.images.StoreResult.Refused;
import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.StoreResult;
import app.lightbox.images.UploadProperties;
import app.lightbox.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/images}: every part named {@code file} streams straight into the library
 * ({@link ImageService#store}) while the body arrives, and the answer has one entry per file in the order
 * sent: the image ({@link ImageJson}) or the {@link Problem} that refused it. Files beyond
 * {@code lightbox.upload.max-files-per-request} are answered {@code too-many-files} and skipped unread.
 */
@Component
class ApiUploads {

    /** The room a part's headers and the boundaries may take on top of its bytes. */
    private static final long PART_OVERHEAD = 64 * 1024;

    private final ImageService images;
    private final UploadProperties limits;
    private final ApiProblems problems;

    ApiUploads(ImageService images, UploadProperties limits, ApiProblems problems) {
        this.images = images;
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * The answer: 201 when at least one file is in the library (stored now or already there), else the
     * status of the first refusal; a problem of its own for a body that is not multipart, has no file, or
     * is larger than the most files of the largest size could make.
     */
    ResponseEntity<?> upload(HttpServletRequest request, Actor uploader, String base) {
        Locale locale = request.getLocale();
        int maxFiles = limits.maxFilesPerRequest();
        long maxRequestBytes = (maxFiles + 1L) * (limits.maxFileSize().toBytes() + PART_OVERHEAD);
        List<Object> results;
        try {
            results = MultipartFiles.read(request, "file", maxRequestBytes, (index, content, name) -> index < maxFiles
                    ? answer(images.store(content, name, uploader), base, locale)
                    : problems.of(ApiProblem.TOO_MANY_FILES, locale, maxFiles));
        } catch (MultipartFiles.NotMultipartException e) {
            return ApiProblems.response(problems.of(ApiProblem.NOT_MULTIPART, locale));
        } catch (MultipartFiles.TooLargeException e) {
            return ApiProblems.response(problems.refused(new Refused(Refusal.TOO_LARGE, new ByteSize(maxRequestBytes)),
                    locale));
        } catch (MultipartFiles.UnreadableException e) {
            return ApiProblems.response(problems.of(ApiProblem.BAD_REQUEST, locale, e.getMessage()));
        }
        if (results.isEmpty()) {
            return ApiProblems.response(problems.of(ApiProblem.NO_FILE, locale));
        }
        int status = results.stream().anyMatch(ImageJson.class::isInstance) ? HttpStatus.CREATED.value()
                : ((Problem) results.getFirst()).status();
        return ResponseEntity.status(status).body(results);
    }

    private Object answer(StoreResult result, String base, Locale locale) {
        return switch (result) {
            case Stored stored -> ImageJson.uploaded(stored.image(), base, false);
            case AlreadyStored found -> ImageJson.uploaded(found.image(), base, true);
            case Refused refused -> problems.refused(refused, locale);
        };
    }
}
