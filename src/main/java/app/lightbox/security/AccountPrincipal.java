package app.lightbox.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in account, carrying the {@link Actor} that services are given. */
public class AccountPrincipal extends User {

    private final Actor actor;

    AccountPrincipal(Actor actor, String passwordHash, Collection<? extends GrantedAuthority> authorities,
            boolean enabled) {
        super(actor.username(), passwordHash, enabled, true, true, true, authorities);
        this.actor = actor;
    }

    /**
     * The principal of an account, with its role as the one authority. A disabled account's is not enabled,
     * which Spring Security refuses with a {@link org.springframework.security.authentication.DisabledException}
     * at the login form, HTTP Basic and a remembered login alike.
     */
    static AccountPrincipal of(AppUser user) {
        return new AccountPrincipal(user.toActor(), user.getPasswordHash(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name())), user.isEnabled());
    }

    public Actor actor() {
        return actor;
    }
}
