package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What Spring Security makes of the accounts and the throttle, through the same provider the login form uses. */
@SpringBootTest
class AccountDetailsServiceTest {

    @Autowired
    AccountDetailsService details;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    UserAccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    DaoAuthenticationProvider provider;
    String name;

    @BeforeEach
    void anAccount() {
        provider = PasswordSignIn.provider(details, passwords);
        name = "locksmith" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, "correct horse battery");
    }

    @Test
    void a_known_name_with_its_password_logs_in() {
        var result = provider.authenticate(new UsernamePasswordAuthenticationToken(name, "correct horse battery"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class,
                p -> assertThat(p.actor().username()).isEqualTo(name));
    }

    @Test
    void a_throttled_name_is_refused_as_locked_even_with_the_right_password() {
        lock(name);

        assertThatThrownBy(() -> provider.authenticate(
                new UsernamePasswordAuthenticationToken(name, "correct horse battery")))
                .isExactlyInstanceOf(LockedException.class);
    }

    @Test
    void a_throttled_unknown_name_is_refused_the_same_way() {
        String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken(nobody, "guess")))
                .isExactlyInstanceOf(BadCredentialsException.class);

        lock(nobody);

        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken(nobody, "guess")))
                .isExactlyInstanceOf(LockedException.class);
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken(nobody, "")))
                .isExactlyInstanceOf(LockedException.class);
    }

    @Test
    void a_disabled_account_is_refused_as_disabled_even_with_the_right_password_and_counts_no_failure() {
        long id = accounts.findByUsername(name).orElseThrow().getId();
        accounts.disable(ADMIN, id);

        assertThatThrownBy(() -> provider.authenticate(
                new UsernamePasswordAuthenticationToken(name, "correct horse battery")))
                .isExactlyInstanceOf(DisabledException.class);

        accounts.enable(ADMIN, id);
        assertThat(provider.authenticate(new UsernamePasswordAuthenticationToken(name, "correct horse battery"))
                .isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_with_a_wrong_password_is_refused_as_any_wrong_password_is_so_the_name_tells_nothing() {
        accounts.disable(ADMIN, accounts.findByUsername(name).orElseThrow().getId());

        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken(name, "a guess")))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    /** An admin as the service sees one; these tests' accounts are never admins. */
    static final Actor ADMIN = new Actor(0, "admin", true);

    /** Five failures from the address of the (test's mock) request the provider runs in. */
    private void lock(String username) {
        String address = LoginThrottle.currentAddress();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(username, address);
        }
        assertThat(throttle.isLocked(username, address)).isTrue();
    }
}
