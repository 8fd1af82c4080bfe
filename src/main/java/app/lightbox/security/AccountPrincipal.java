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
            boolean accountNonLocked) {
        super(actor.username(), passwordHash, true, true, true, accountNonLocked, authorities);
        this.actor = actor;
    }

    /** The principal of an account, with its role as the one authority. */
    static AccountPrincipal of(AppUser user) {
        return new AccountPrincipal(user.toActor(), user.getPasswordHash(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name())), true);
    }

    public Actor actor() {
        return actor;
    }
}
