package app.lightbox.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in account, carrying the {@link Actor} that services are given. */
public class AccountPrincipal extends User {

    private final Actor actor;

    AccountPrincipal(Actor actor, String passwordHash, Collection<? extends GrantedAuthority> authorities,
            boolean accountNonLocked) {
        super(actor.username(), passwordHash, true, true, true, accountNonLocked, authorities);
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
