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
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one name within
 * {@code window}, that name is refused for {@code lockout}, counted from the last failure. Kept in
 * memory: a restart forgets it, which is acceptable for a brake on guessing.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED_NAMES = 10_000;

    private final AccountProperties.Login settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(AccountProperties properties, Clock clock) {
        this.settings = properties.login();
        this.clock = clock;
    }

    /** Whether logins for this name are refused right now. */
    public boolean isLocked(String username) {
        Deque<Instant> recent = failures.get(AppUser.keyOf(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent, clock.instant());
            return recent.size() >= settings.maxFailures()
                    && recent.peekLast().plus(settings.lockout()).isAfter(clock.instant());
        }
    }

    public void recordFailure(String username) {
        if (failures.size() > MAX_TRACKED_NAMES) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, clock.instant());
                    return d.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(AppUser.keyOf(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            recent.addLast(now);
        }
    }

    public void reset(String username) {
        failures.remove(AppUser.keyOf(username));
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
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        reset(event.getAuthentication().getName());
    }
}
