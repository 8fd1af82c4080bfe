package app.lightbox.security;

import app.lightbox.security.Registration.Field;
import app.lightbox.security.Registration.Reason;
import app.lightbox.security.Registration.Refused;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates accounts and answers questions about them. */
@Service
public class UserAccountService {

    public static final int USERNAME_MAX = 32;
    public static final int PASSWORD_MIN = 8;
    /** bcrypt reads at most 72 bytes; a longer password is refused rather than silently cut. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AccountProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, AccountProperties properties,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Whether the next account will be the first, and so an ADMIN. */
    @Transactional(readOnly = true)
    public boolean isFirstAccount() {
        return users.count() == 0;
    }

    /** Self-registration is open when configured so, and always for the first account. */
    @Transactional(readOnly = true)
    public boolean isRegistrationOpen() {
        return properties.registration().open() || isFirstAccount();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return username == null ? Optional.empty() : users.findByUsernameKey(AppUser.keyOf(username));
    }

    /**
     * Validates and creates an account. Synchronized so that two first registrations cannot both
     * become ADMIN and two spellings of a name cannot both pass the uniqueness check on one node; the
     * unique key on {@code username_key} still guards across nodes. The transaction runs inside the
     * lock (not around it, as {@code @Transactional} would), so the next caller sees this one committed.
     */
    public synchronized Registration register(String rawUsername, String password) {
        String username = rawUsername == null ? "" : rawUsername.strip();
        try {
            return transaction.execute(status -> registerInTransaction(username, password));
        } catch (DataIntegrityViolationException e) {
            return new Refused(Field.USERNAME, Reason.USERNAME_TAKEN, username);
        }
    }

    private Registration registerInTransaction(String username, String password) {
        if (!isRegistrationOpen()) {
            return new Refused(Field.FORM, Reason.CLOSED);
        }
        Optional<Refused> refused = checkUsername(username).or(() -> checkPassword(password));
        if (refused.isPresent()) {
            return refused.get();
        }
        Role role = users.count() == 0 ? Role.ADMIN : Role.USER;
        AppUser user = users.saveAndFlush(
                new AppUser(username, passwordEncoder.encode(password), role, clock.instant()));
        return new Registration.Registered(user);
    }

    private Optional<Refused> checkUsername(String username) {
        if (username.isEmpty()) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_REQUIRED));
        }
        if (username.length() > USERNAME_MAX) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_TOO_LONG, USERNAME_MAX));
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_INVALID));
        }
        if (users.existsByUsernameKey(AppUser.keyOf(username))) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_TAKEN, username));
        }
        return Optional.empty();
    }

    private static Optional<Refused> checkPassword(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Refused(Field.PASSWORD, Reason.PASSWORD_REQUIRED));
        }
        if (password.codePointCount(0, password.length()) < PASSWORD_MIN) {
            return Optional.of(new Refused(Field.PASSWORD, Reason.PASSWORD_TOO_SHORT, PASSWORD_MIN));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Optional.of(new Refused(Field.PASSWORD, Reason.PASSWORD_TOO_LONG, PASSWORD_MAX_BYTES));
        }
        return Optional.empty();
    }
}
