package app.lightbox.api;

import java.util.Locale;

/** What became of a request to create an API token: the token with its secret, or the reason it was refused. */
public sealed interface TokenCreation {

    /**
     * @param secret the token itself, to be shown once and then forgotten: only its hash is kept
     */
    record Created(String secret, ApiTokenSummary token) implements TokenCreation {
        /** Without the secret, should this ever be logged. */
        @Override
        public String toString() {
            return "Created[" + token + "]";
        }
    }

    record Refused(Reason reason, Object... args) implements TokenCreation {
        /** The message key, {@code api.tokens.refused.<reason>}. */
        public String messageKey() {
            return "api.tokens.refused." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    enum Reason {
        NAME_REQUIRED,
        /** Argument: the longest name allowed. */
        NAME_TOO_LONG,
        /** The expiry is not in the future. */
        EXPIRY_PASSED
    }
}
