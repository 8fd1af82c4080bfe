package app.lightbox.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one name from one client
 * address within {@code window}, that name is refused to that address for {@code lockout}, counted
 * from the last failure. Keying on the address too means that a stranger cannot lock a colleague out
 * by failing on purpose. Unknown names are counted and locked like real ones, so that the lock tells
 * nobody which names exist.
 *
 * <p>The failures live in the database ({@link LoginFailures}): a restart keeps them, and all nodes
 * count the same ones. Each recorded failure also deletes every failure too old to matter any more,
 * so the table holds no more than the failures of the last {@code window} (or {@code lockout}).
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final String UNKNOWN_ADDRESS = "unknown";

    private final AccountProperties.Login settings;
    private final LoginFailures failures;
    private final Clock clock;

    LoginThrottle(AccountProperties properties, LoginFailures failures, Clock clock) {
        this.settings = properties.login();
        this.failures = failures;
        this.clock = clock;
    }

    /** Whether logins for this name from this address are refused right now. */
    public boolean isLocked(String username, String address) {
        Instant now = now();
        LoginFailures.Recent recent = failures.since(key(username, address), horizon(now));
        return recent.count() >= settings.maxFailures()
                && recent.last() != null && recent.last().plus(settings.lockout()).isAfter(now);
    }

    public void recordFailure(String username, String address) {
        Instant now = now();
        failures.add(key(username, address), now);
        try {
            failures.deleteBefore(horizon(now));
        } catch (DataAccessException e) {
            // A clean-up that fails (nodes deleting the same rows at once) must not turn a wrong password into
            // an error page: the failure itself is recorded, and the next one cleans up.
            log.warn("Could not delete old login failures", e);
        }
    }

    public void reset(String username, String address) {
        failures.deleteAll(key(username, address));
    }

    /** The name's key as accounts have it, so that every spelling of a name counts against the same lock. */
    static String key(String username, String address) {
        return UsernameForms.of(username).key() + "\n" + address;
    }

    /** The client address of the request being served, which the throttle keys on. */
    static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : UNKNOWN_ADDRESS;
    }

    /** The client address of a login attempt, as Spring Security recorded it. */
    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : UNKNOWN_ADDRESS;
    }

    /** The oldest failure that still counts: older ones neither add to a count nor hold a lock. */
    private Instant horizon(Instant now) {
        Duration longer = settings.window().compareTo(settings.lockout()) > 0 ? settings.window() : settings.lockout();
        return now.minus(longer);
    }

    /** The database keeps microseconds; comparing at the same precision keeps the bounds exact. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        reset(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
    }
}
