package app.lightbox.security;

import app.lightbox.security.Registration.Field;
import app.lightbox.security.Registration.Reason;
import app.lightbox.security.Registration.Refused;
import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates accounts, disables and enables them, and answers questions about them. */
@Service
public class UserAccountService {

    public static final int USERNAME_MAX = 32;
    public static final int PASSWORD_MIN = 8;
    /** bcrypt reads at most 72 bytes; a longer password is refused rather than silently cut. */
    public static final int PASSWORD_MAX_BYTES = 72;

    /** Checked on the NFKC form, so that a decomposed "José" passes as the composed one does. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AccountProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PersistentTokenRepository rememberedLogins;
    private final ApplicationEventPublisher events;
    private final Object registrationLock = new Object();

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, AccountProperties properties,
            Clock clock, PlatformTransactionManager transactionManager, PersistentTokenRepository rememberedLogins,
            ApplicationEventPublisher events) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.rememberedLogins = rememberedLogins;
        this.events = events;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
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

    /**
     * The account of a name as typed at login: the one shown under exactly that name, else the one with
     * its key. The exact name comes first for accounts that kept an older key when the keys became NFKC
     * case folding, because their new key was another account's ("straße" next to "strasse").
     */
    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(@Nullable String username) {
        if (username == null) {
            return Optional.empty();
        }
        return users.findFirstByUsernameOrderByIdAsc(username.strip())
                .or(() -> users.findByUsernameKey(UsernameForms.of(username).key()));
    }

    /**
     * Validates and creates an account. Each registration runs and commits alone, so that two first
     * registrations cannot both become ADMIN on one node; the unique key on {@code username_key}
     * guards names across nodes too. Skeletons are not unique (older accounts may share one), so two
     * nodes registering look-alike names at the same moment could both succeed.
     */
    public Registration register(@Nullable String rawUsername, @Nullable String password) {
        synchronized (registrationLock) {
            try {
                return transactions.execute(status -> registerInTransaction(rawUsername, password));
            } catch (DataIntegrityViolationException e) {
                return new Refused(Field.USERNAME, Reason.USERNAME_TAKEN, UsernameForms.of(rawUsername).display());
            }
        }
    }

    private Registration registerInTransaction(@Nullable String rawUsername, @Nullable String password) {
        if (!isRegistrationOpen()) {
            return new Refused(Field.FORM, Reason.CLOSED);
        }
        UsernameForms name = UsernameForms.of(rawUsername);
        Optional<Refused> refused = checkUsername(name).or(() -> checkPassword(password));
        if (refused.isPresent()) {
            return refused.get();
        }
        Role role = users.count() == 0 ? Role.ADMIN : Role.USER;
        AppUser user = users.saveAndFlush(new AppUser(name, passwordEncoder.encode(password), role, clock.instant()));
        return new Registration.Registered(user);
    }

    /**
     * Gives the actor's account a new password, checked as at registration. Every browser kept signed in
     * to the account is signed out (its remember-me tokens go), as a changed password is often a reaction
     * to someone else knowing the old one.
     */
    @Transactional
    public Optional<Refused> changePassword(Actor actor, @Nullable String newPassword) {
        Optional<Refused> refused = checkPassword(newPassword);
        if (refused.isPresent()) {
            return refused;
        }
        AppUser user = users.findById(actor.id()).orElseThrow(() -> new NotFoundException("Account " + actor.id()));
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        rememberedLogins.removeUserTokens(user.getUsername());
        return Optional.empty();
    }

    /**
     * Disables an account: from now on it signs in by no means (login form, remembered browsers, API tokens,
     * HTTP Basic), and its content stays. Its remembered logins are deleted, so that enabling it again does
     * not sign those browsers back in. Publishes {@link AccountDisabled}, the seam for ending its open
     * sessions. Disabling a disabled account changes nothing.
     *
     * @return why not, when the admin asks to disable their own account or the last enabled admin
     * @throws NotPermittedException when the actor is no admin
     * @throws NotFoundException when there is no such account
     */
    @Transactional
    public Optional<AccountStatusRefusal> disable(Actor admin, long userId) {
        AppUser user = accountToChange(admin, userId);
        if (userId == admin.id()) {
            return Optional.of(AccountStatusRefusal.OWN_ACCOUNT);
        }
        if (user.getRole() == Role.ADMIN && users.countByRoleAndEnabledTrueAndIdNot(Role.ADMIN, userId) == 0) {
            // reachable from a session that outlived its own admin's disabling
            return Optional.of(AccountStatusRefusal.LAST_ADMIN);
        }
        if (user.isEnabled()) {
            user.setEnabled(false);
            rememberedLogins.removeUserTokens(user.getUsername());
            events.publishEvent(new AccountDisabled(userId, user.getUsername()));
        }
        return Optional.empty();
    }

    /**
     * Lets a disabled account sign in again, with its password and its API tokens that are not revoked or
     * expired. Enabling an enabled account changes nothing.
     *
     * @throws NotPermittedException when the actor is no admin
     * @throws NotFoundException when there is no such account
     */
    @Transactional
    public void enable(Actor admin, long userId) {
        accountToChange(admin, userId).setEnabled(true);
    }

    private AppUser accountToChange(Actor admin, long userId) {
        if (!admin.admin()) {
            throw new NotPermittedException("Disabling or enabling an account");
        }
        return users.findById(userId).orElseThrow(() -> new NotFoundException("Account " + userId));
    }

    /**
     * Checks the name as it will be shown (NFKC), so that a fullwidth or decomposed spelling is judged
     * by the letters it stands for. A look-alike is named as such before a mix of scripts, as that says more.
     */
    private Optional<Refused> checkUsername(UsernameForms name) {
        String username = name.display();
        if (username.isEmpty()) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_REQUIRED));
        }
        if (username.length() > USERNAME_MAX) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_TOO_LONG, USERNAME_MAX));
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_INVALID));
        }
        if (users.existsByUsernameKey(name.key())) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_TAKEN, username));
        }
        if (users.existsByUsernameSkeleton(name.skeleton())) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_LOOKALIKE));
        }
        if (name.mixesScripts()) {
            return Optional.of(new Refused(Field.USERNAME, Reason.USERNAME_MIXED_SCRIPTS));
        }
        return Optional.empty();
    }

    private static Optional<Refused> checkPassword(@Nullable String password) {
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
