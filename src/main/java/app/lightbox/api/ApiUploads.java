package app.lightbox.api;

import app.lightbox.base.ByteSize;
import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.images.ImageService;
import app.lightbox.images.Refusal;
import app.lightbox.images.StoreResult.AlreadyStored;
import app.lightbox.images.StoreResult.Refused;
import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.StoreResult;
import app.lightbox.images.UploadProperties;
import app.lightbox.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/images}: every part named {@code file} streams straight into the library
 * ({@link ImageService#store}) while the body arrives, and the answer has one entry per file in the order
 * sent: the image ({@link ImageJson}) or the {@link Problem} that refused it. Files beyond
 * {@code lightbox.upload.max-files-per-request} are answered {@code too-many-files} and skipped unread. Reading
 * stops at a file over the size limit or cut off: the rest of the body is left unread, and the connection
 * closes after the answer.
 */
@Component
class ApiUploads {

    /** The room a part's headers and the boundaries may take on top of its bytes. */
    private static final long PART_OVERHEAD = 64 * 1024;
    /**
     * The most parts one request is read for, whatever their names: each further file part still costs an entry
     * in the answer, so a body of millions of empty parts is cut off here rather than answered.
     */
    static final int MAX_PARTS = 1000;

    private static final Logger log = LoggerFactory.getLogger(ApiUploads.class);

    private final ImageService images;
    private final UploadProperties limits;
    private final ApiProblems problems;
    private final MessageBundles messages;

    ApiUploads(ImageService images, UploadProperties limits, ApiProblems problems, MessageBundles messages) {
        this.images = images;
        this.limits = limits;
        this.problems = problems;
        this.messages = messages;
    }

    /**
     * The answer: 201 when at least one file is in the library (stored now or already there), else the
     * status of the first refusal; a problem of its own for a body that is not multipart, has no file, or
     * is larger than the most files of the largest size could make.
     */
    ResponseEntity<?> upload(HttpServletRequest request, Actor uploader, String base) {
        Locale locale = ApiProblems.locale(request);
        int maxFiles = limits.maxFilesPerRequest();
        long maxRequestBytes = maxFiles * (limits.maxFileSize().toBytes() + PART_OVERHEAD);
        Problem tooMany = problems.of(ApiProblem.TOO_MANY_FILES, locale, maxFiles);
        MultipartFiles.Read<Object> read;
        try {
            read = MultipartFiles.read(request, "file", maxRequestBytes, Math.max(MAX_PARTS, maxFiles),
                    part -> part.index() < maxFiles ? store(part, uploader, base, locale)
                            : new MultipartFiles.Answer<>(tooMany, false));
        } catch (MultipartFiles.NotMultipartException e) {
            return ApiProblems.response(problems.of(ApiProblem.NOT_MULTIPART, locale));
        } catch (MultipartFiles.TooLargeException e) {
            return ApiProblems.response(requestTooLarge("api.request-too-large", locale));
        } catch (MultipartFiles.UnreadableException e) {
            log.debug("An upload could not be read", e);
            return ApiProblems.response(problems.of(ApiProblem.BAD_REQUEST, locale,
                    messages.getTranslation("api.invalid.request", locale)));
        }
        if (read.results().isEmpty()) {
            return ApiProblems.response(problems.of(ApiProblem.NO_FILE, locale));
        }
        int status = read.results().stream().anyMatch(ImageJson.class::isInstance) ? HttpStatus.CREATED.value()
                : ((Problem) read.results().getFirst()).status();
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (!read.complete()) {
            // else Tomcat would read (swallow) what is left of the body before it takes the next request
            answer.header(HttpHeaders.CONNECTION, "close");
        }
        return answer.body(read.results());
    }

    /**
     * One file into the library; its answer is the last when the file was over the size limit or cut off (the
     * whole request's limit counts as the file's), since the body's rest is not worth reading then.
     */
    private MultipartFiles.Answer<Object> store(MultipartFiles.FilePart part, Actor uploader, String base,
            Locale locale) {
        try {
            StoreResult result = images.store(part.content(), part.fileName(), uploader);
            if (part.passedRequestLimit()) {
                return new MultipartFiles.Answer<>(requestTooLarge("api.request-too-large.file", locale), true);
            }
            boolean last = result instanceof Refused refused
                    && (refused.reason() == Refusal.TOO_LARGE || refused.reason() == Refusal.INTERRUPTED);
            return new MultipartFiles.Answer<>(answer(result, base, locale), last);
        } catch (RuntimeException e) {
            log.error("Could not store file {} of an upload by {}", part.index(), uploader.username(), e);
            return new MultipartFiles.Answer<>(problems.refused(new Refused(Refusal.STORAGE_FAILED), locale), false);
        }
    }

    /** A {@code too-large} problem for the whole request: more than the most files of the largest size. */
    private Problem requestTooLarge(String detailKey, Locale locale) {
        return problems.refused(Refusal.TOO_LARGE, locale, detailKey, limits.maxFilesPerRequest(),
                new ByteSize(limits.maxFileSize().toBytes()));
    }

    private Object answer(StoreResult result, String base, Locale locale) {
        return switch (result) {
            case Stored stored -> ImageJson.uploaded(stored.image(), base, false);
            case AlreadyStored found -> ImageJson.uploaded(found.image(), base, true);
            case Refused refused -> problems.refused(refused, locale);
        };
    }
}
