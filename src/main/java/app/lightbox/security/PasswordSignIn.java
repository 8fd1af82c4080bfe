package app.lightbox.security;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in by name and password (the login form and HTTP Basic): refused as throttled before the password
 * is looked at ({@link AccountDetailsService} marks a throttled name locked), and as disabled only once the
 * password matched, so that a wrong password answers alike for every name, disabled, known or unknown.
 */
final class PasswordSignIn {

    private PasswordSignIn() {}

    static DaoAuthenticationProvider provider(UserDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(account -> {
            if (!account.isAccountNonLocked()) {
                throw new LockedException("Too many failed logins");
            }
        });
        provider.setPostAuthenticationChecks(account -> {
            if (!account.isEnabled()) {
                throw new DisabledException("The account is disabled");
            }
        });
        return provider;
    }
}
