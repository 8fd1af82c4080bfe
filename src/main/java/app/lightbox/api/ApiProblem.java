package app.lightbox.api;

import java.util.Locale;

/**
 * The problems the API itself answers with (an upload's refusals come from
 * {@link app.lightbox.images.Refusal}, see {@link ApiProblems#refused}). Each has a status, a stable
 * {@link #code()} (its name in lower case with hyphens) and the messages {@code api.problem.<code>.title}
 * and {@code api.problem.<code>.detail}.
 */
public enum ApiProblem {
    /** No credentials, or a token or password that is wrong, expired or revoked. */
    NOT_AUTHENTICATED(401),
    /** Too many failed logins for this account from this address (the login page's throttle). */
    LOGIN_THROTTLED(429),
    /** Signed in, but the token's scope or the account's rights do not allow this call. */
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** The body is not {@code multipart/form-data}. */
    NOT_MULTIPART(415),
    /** A multipart body without any part named {@code file}. */
    NO_FILE(400),
    /** A part beyond {@code lightbox.upload.max-files-per-request}; argument: that limit. */
    TOO_MANY_FILES(413),
    /** The image is used in posts and {@code force=true} was not given; member {@code usedIn}. */
    IN_USE(409),
    /** The body stopped arriving before its end, and the server gave up waiting; nothing was stored. */
    REQUEST_TIMEOUT(408),
    /** A parameter or body the API cannot read; argument: what was wrong. */
    BAD_REQUEST(400),
    /** The caller accepts none of the types the API answers with. */
    NOT_ACCEPTABLE(406),
    /** A body larger than the server takes at all (an upload's files have their own limit: {@code too-large}). */
    CONTENT_TOO_LARGE(413),
    /** A body of a type the address does not take (an upload's: {@link #NOT_MULTIPART}). */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** Something failed on the server; nothing was changed. */
    SERVER_ERROR(500);

    private final int status;

    ApiProblem(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
