package app.lightbox.api;

import app.lightbox.security.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A call signed with an API token: first the secret as presented, then, once the token is checked, the
 * {@link Actor} it speaks for with its scope as the one authority ({@code SCOPE_upload} or
 * {@code SCOPE_full}). The secret is never part of {@link #toString()}.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private @Nullable String secret;
    private final @Nullable Actor actor;

    private ApiTokenAuthentication(@Nullable String secret, @Nullable Actor actor, @Nullable TokenScope scope) {
        super(scope == null ? List.of() : List.of(new SimpleGrantedAuthority(scope.authority())));
        this.secret = secret;
        this.actor = actor;
        setAuthenticated(actor != null);
    }

    static ApiTokenAuthentication presented(String secret) {
        return new ApiTokenAuthentication(secret, null, null);
    }

    static ApiTokenAuthentication of(AuthenticatedToken token) {
        return new ApiTokenAuthentication(null, token.actor(), token.scope());
    }

    @Override
    public @Nullable Object getCredentials() {
        return secret;
    }

    /** The {@link Actor} once checked ({@link ApiCaller#actor}); before, nobody in particular. */
    @Override
    public Object getPrincipal() {
        return actor != null ? actor : "";
    }

    @Override
    public String getName() {
        return actor != null ? actor.username() : "";
    }

    @Override
    public void eraseCredentials() {
        secret = null;
        super.eraseCredentials();
    }

    @Override
    public String toString() {
        return "ApiTokenAuthentication[" + (actor == null ? "not checked" : actor + ", " + getAuthorities()) + "]";
    }
}
