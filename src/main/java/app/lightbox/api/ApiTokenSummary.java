package app.lightbox.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API token as its owner sees it in the list: everything but the secret, which nobody can see again.
 *
 * @param hint the start and end of the secret, e.g. {@code lbx_…a1B2}
 * @param state whether it still works, as of the moment the list was made
 */
public record ApiTokenSummary(long id, String name, String hint, TokenScope scope, Instant createdAt,
        @Nullable Instant lastUsedAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt, State state) {

    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }
}
