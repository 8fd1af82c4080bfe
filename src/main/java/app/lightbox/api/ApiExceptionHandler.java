package app.lightbox.api;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.base.PublicAddress;
import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.images.ImageInUseException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API's handlers as a {@link Problem} ({@link ApiProblems}), with its {@code detail} in the
 * caller's language ({@code Accept-Language}): Spring MVC's own (wrong method, unreadable parameters), the
 * services' (not found, not permitted, in use), and anything unexpected as a {@code server-error}, logged,
 * with nothing of its cause in the answer. The views' errors are not touched.
 */
@RestControllerAdvice(basePackages = "app.lightbox.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;
    private final MessageBundles messages;
    private final PublicAddress address;

    ApiExceptionHandler(ApiProblems problems, MessageBundles messages, PublicAddress address) {
        this.problems = problems;
        this.messages = messages;
        this.address = address;
    }

    @ExceptionHandler
    ResponseEntity<Problem> notFound(NotFoundException e, HttpServletRequest request) {
        return ApiProblems.response(problems.of(ApiProblem.NOT_FOUND, ApiProblems.locale(request)));
    }

    @ExceptionHandler
    ResponseEntity<Problem> notPermitted(NotPermittedException e, HttpServletRequest request) {
        return ApiProblems.response(problems.of(ApiProblem.FORBIDDEN, ApiProblems.locale(request)));
    }

    /**
     * With the posts that use the image as member {@code usedIn}, as far as the caller may see them; the
     * detail counts those, and the others (drafts) apart.
     */
    @ExceptionHandler
    ResponseEntity<Problem> inUse(ImageInUseException e, HttpServletRequest request) {
        int listed = e.usedIn().size();
        return ApiProblems.response(problems.of(ApiProblem.IN_USE, ApiProblems.locale(request), listed,
                        Math.max(0, e.usageCount() - listed))
                .with("usedIn", ImageJson.UsedIn.of(e.usedIn(), address.of(request))));
    }

    @ExceptionHandler
    ResponseEntity<Problem> badParameter(BadParameterException e, HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        return ApiProblems.response(problems.of(ApiProblem.BAD_REQUEST, locale,
                messages.getTranslation(e.messageKey(), locale, e.args())));
    }

    @ExceptionHandler
    ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) {
        log.error("The API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return ApiProblems.response(problems.of(ApiProblem.SERVER_ERROR, ApiProblems.locale(request)));
    }

    /** Spring MVC's own exceptions: the status it chose, with the API's problem of that status ({@link ApiProblems#ofStatus}). */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request instanceof ServletWebRequest servlet ? ApiProblems.locale(servlet.getRequest())
                : MessageBundles.ENGLISH;
        if (!status.is4xxClientError()) {
            log.error("An API call failed", e);
        }
        Problem problem = problems.ofStatus(status.value(), locale,
                e instanceof HttpRequestMethodNotSupportedException m ? m.getMethod() : "",
                e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null
                        ? messages.getTranslation("api.invalid.parameter", locale, mismatch.getPropertyName())
                        : messages.getTranslation("api.invalid.request", locale));
        HttpHeaders answer = new HttpHeaders();
        answer.putAll(headers);
        answer.setContentType(MediaType.parseMediaType(Problem.MEDIA_TYPE));
        return new ResponseEntity<>(problem, answer, problem.status());
    }
}
