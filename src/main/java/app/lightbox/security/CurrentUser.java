package app.lightbox.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The account of the current request, for views. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<Actor> actor() {
        return authenticationContext.getAuthenticatedUser(AccountPrincipal.class).map(AccountPrincipal::actor);
    }

    /** The actor, for views that only logged-in users can open. */
    public Actor require() {
        return actor().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    public void logout() {
        authenticationContext.logout();
    }
}
