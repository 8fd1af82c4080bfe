package app.lightbox.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one name from one client
 * address within {@code window}, that name is refused to that address for {@code lockout}, counted
 * from the last failure. Keying on the address too means that a stranger cannot lock a colleague out
 * by failing on purpose. Unknown names are counted and locked like real ones, so that the lock tells
 * nobody which names exist. Kept in memory: a restart forgets it, acceptable for a brake on guessing.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED_NAMES = 10_000;
    static final String UNKNOWN_ADDRESS = "unknown";

    private final AccountProperties.Login settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(AccountProperties properties, Clock clock) {
        this.settings = properties.login();
        this.clock = clock;
    }

    /** Whether logins for this name from this address are refused right now. */
    public boolean isLocked(String username, String address) {
        Deque<Instant> recent = failures.get(key(username, address));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent, clock.instant());
            return recent.size() >= settings.maxFailures()
                    && recent.peekLast().plus(settings.lockout()).isAfter(clock.instant());
        }
    }

    public void recordFailure(String username, String address) {
        if (failures.size() > MAX_TRACKED_NAMES) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, clock.instant());
                    return d.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username, address), k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            recent.addLast(now);
        }
    }

    public void reset(String username, String address) {
        failures.remove(key(username, address));
    }

    private static String key(String username, String address) {
        return AppUser.keyOf(username) + "\n" + address;
    }

    /** The client address of a login attempt, as Spring Security recorded it. */
    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : UNKNOWN_ADDRESS;
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(settings.window().compareTo(settings.lockout()) > 0
                ? settings.window() : settings.lockout());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
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
