package app.lightbox.security;

import java.util.List;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Spring Security's view of the accounts; a throttled name comes back locked. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountService accounts;
    private final LoginThrottle throttle;

    AccountDetailsService(UserAccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /** The lock is checked before the account is looked up, so that known and unknown names answer alike. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (throttle.isLocked(username, clientAddress())) {
            throw new LockedException("Too many failed logins for this name");
        }
        AppUser user = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AccountPrincipal(user.toActor(), user.getPasswordHash(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name())), true);
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : LoginThrottle.UNKNOWN_ADDRESS;
    }
}
