package app.lightbox.api;

import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.images.Refusal;
import app.lightbox.images.StoreResult.Refused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that turns what went wrong into a {@link Problem}: the API's own problems, an upload's
 * refusals, and writing one as a response from outside Spring MVC (the security filters), so that every
 * error has the same shape and vocabulary.
 */
@Component
public class ApiProblems {

    private final MessageBundles messages;
    private final JsonMapper json;

    ApiProblems(MessageBundles messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * The language of a problem's texts: the caller's {@code Accept-Language}, English when the call has none
     * (where the servlet container would give the server's own default locale). Everything that answers the
     * API's problems reads the locale here.
     */
    public static Locale locale(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return accepted == null || accepted.isBlank() ? MessageBundles.ENGLISH : request.getLocale();
    }

    /** One of the API's own problems; {@code args} fill its detail message. */
    public Problem of(ApiProblem problem, Locale locale, Object... args) {
        return problem(problem.code(), problem.status(), locale,
                messages.getTranslation("api.problem." + problem.code() + ".detail", locale, args));
    }

    /**
     * The problem of a bare status, as Spring MVC's own exceptions and the servlet container's errors have
     * only that: the API's own problem of that status where there is one, else {@code bad-request} with
     * {@code badRequestDetail}, keeping a client error's status, else {@code server-error}.
     *
     * @param method the request's, which a {@code 405} names
     */
    public Problem ofStatus(int status, Locale locale, String method, String badRequestDetail) {
        return switch (status) {
            case 401 -> of(ApiProblem.NOT_AUTHENTICATED, locale);
            case 403 -> of(ApiProblem.FORBIDDEN, locale);
            case 404 -> of(ApiProblem.NOT_FOUND, locale);
            case 405 -> of(ApiProblem.METHOD_NOT_ALLOWED, locale, method);
            case 406 -> of(ApiProblem.NOT_ACCEPTABLE, locale);
            case 408 -> of(ApiProblem.REQUEST_TIMEOUT, locale);
            case 413 -> of(ApiProblem.CONTENT_TOO_LARGE, locale);
            case 415 -> of(ApiProblem.UNSUPPORTED_MEDIA_TYPE, locale);
            default -> status >= 400 && status < 500
                    ? of(ApiProblem.BAD_REQUEST, locale, badRequestDetail).withStatus(status)
                    : of(ApiProblem.SERVER_ERROR, locale);
        };
    }

    /**
     * An upload refused by the image service: its status and code ({@link #code(Refusal)}), and as detail
     * the very message the views show for it.
     */
    public Problem refused(Refused refused, Locale locale) {
        return refused(refused.reason(), locale, refused.messageKey(), refused.args());
    }

    /** A refusal's code and status, with a detail of the API's own ({@code detailKey} filled with {@code args}). */
    public Problem refused(Refusal reason, Locale locale, String detailKey, Object... args) {
        return problem(code(reason), status(reason), locale, messages.getTranslation(detailKey, locale, args));
    }

    /** The stable code of a refusal, e.g. {@code too-large}, {@code type-not-allowed}. */
    public static String code(Refusal reason) {
        return switch (reason) {
            case UNSUPPORTED_TYPE -> "type-not-allowed";
            default -> reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    /** The status of a refusal on its own. */
    public static int status(Refusal reason) {
        return switch (reason) {
            case EMPTY, INTERRUPTED -> 400;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case TOO_MANY_PIXELS, UNREADABLE, LOCATION_UNREMOVABLE -> 422;
            case STORAGE_FAILED -> 500;
        };
    }

    /** The problem as a response of its own status. */
    public static ResponseEntity<Problem> response(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(problem);
    }

    /** Writes the problem as the whole response, for filters and handlers outside Spring MVC. */
    public void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private Problem problem(String code, int status, Locale locale, String detail) {
        return new Problem(Problem.TYPE_PREFIX + code, messages.getTranslation("api.problem." + code + ".title", locale),
                status, detail, code, null, Map.of());
    }
}
