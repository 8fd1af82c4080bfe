package app.lightbox.api;

import app.lightbox.security.AccountPrincipal;
import app.lightbox.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Who made an API call: the {@link Actor} the services are given, from a token or from HTTP Basic. */
public final class ApiCaller {

    /** What a token's authentication carries as its authorities, and HTTP Basic counts as full. */
    public static final String SCOPE_UPLOAD = "SCOPE_upload";
    public static final String SCOPE_FULL = "SCOPE_full";

    private ApiCaller() {}

    /**
     * The actor of an authenticated API call: the principal is an {@link Actor} (API tokens) or an
     * {@link AccountPrincipal} (HTTP Basic).
     *
     * @throws IllegalStateException for anything else (the API's security chain lets nothing else through)
     */
    public static Actor actor(@Nullable Authentication authentication) {
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof Actor actor) {
            return actor;
        }
        if (principal instanceof AccountPrincipal account) {
            return account.actor();
        }
        throw new IllegalStateException("Not an API caller: " + (principal == null ? null : principal.getClass()));
    }
}
