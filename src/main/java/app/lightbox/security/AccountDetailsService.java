package app.lightbox.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of the accounts; a throttled name comes back locked. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountService accounts;
    private final LoginThrottle throttle;
    /**
     * A locked account is refused before passwords are compared; should that ever change, nobody
     * knows this one (256 random bits, new at each start).
     */
    private final String lockedPassword;

    AccountDetailsService(UserAccountService accounts, LoginThrottle throttle, SecureRandom random) {
        this.accounts = accounts;
        this.throttle = throttle;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.lockedPassword = "{noop}" + HexFormat.of().formatHex(secret);
    }

    /**
     * The lock is checked before the account is looked up, so that known and unknown names answer
     * alike. A throttled name comes back as a locked account, which Spring Security refuses with a
     * {@link org.springframework.security.authentication.LockedException} before it checks any
     * password (throwing here instead would be logged as an internal error at every attempt).
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (throttle.isLocked(username, LoginThrottle.currentAddress())) {
            return new User(username, lockedPassword, true, true, true, false, List.of());
        }
        return loadAccount(username);
    }

    /** The account of a name, whatever the throttle says: for those who proved more than a guess. */
    UserDetails loadAccount(String username) {
        return AccountPrincipal.of(accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account")));
    }
}
