package app.lightbox.api;

import app.lightbox.security.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A call signed with a checked API token: the {@link Actor} it speaks for, with its scope as the one
 * authority ({@code SCOPE_upload} or {@code SCOPE_full}). It holds no secret.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;

    private ApiTokenAuthentication(Actor actor, TokenScope scope) {
        super(List.of(new SimpleGrantedAuthority(scope.authority())));
        this.actor = actor;
        setAuthenticated(true);
    }

    static ApiTokenAuthentication of(AuthenticatedToken token) {
        return new ApiTokenAuthentication(token.actor(), token.scope());
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    /** The {@link Actor} ({@link ApiCaller#actor}). */
    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.username();
    }

    @Override
    public String toString() {
        return "ApiTokenAuthentication[" + actor + ", " + getAuthorities() + "]";
    }
}
