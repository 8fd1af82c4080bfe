package app.lightbox.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The account of the current request, for views. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final UserAccountService accounts;

    CurrentUser(AuthenticationContext authenticationContext, UserAccountService accounts) {
        this.authenticationContext = authenticationContext;
        this.accounts = accounts;
    }

    /** The logged-in account; looked up by name when the principal came from elsewhere than our login. */
    public Optional<Actor> actor() {
        Optional<Object> principal = authenticationContext.getAuthenticatedUser(Object.class);
        return principal.filter(AccountPrincipal.class::isInstance).map(p -> ((AccountPrincipal) p).actor())
                .or(() -> authenticationContext.getPrincipalName()
                        .flatMap(accounts::findByUsername)
                        .map(AppUser::toActor));
    }

    /** The actor, for views that only logged-in users can open. */
    public Actor require() {
        return actor().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    public void logout() {
        authenticationContext.logout();
    }
}
