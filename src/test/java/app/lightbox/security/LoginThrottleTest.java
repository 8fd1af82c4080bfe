package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock that moves only when the test says so. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final TestClock clock = new TestClock();
    private static final String HERE = "192.0.2.1";

    private final LoginThrottle throttle = new LoginThrottle(new AccountProperties(
            new AccountProperties.Registration(true),
            new AccountProperties.Login(5, Duration.ofMinutes(15), Duration.ofMinutes(5))), clock);

    @Test
    void locks_a_name_after_five_failures_within_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", HERE);
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isLocked("alice", HERE)).as("after four failures").isFalse();

        throttle.recordFailure("alice", HERE);

        assertThat(throttle.isLocked("alice", HERE)).isTrue();
        assertThat(throttle.isLocked("bob", HERE)).as("other names").isFalse();
    }

    @Test
    void counts_the_name_in_any_case_and_spacing() {
        throttle.recordFailure("alice", HERE);
        throttle.recordFailure("ALICE", HERE);
        throttle.recordFailure(" Alice ", HERE);
        throttle.recordFailure("aLiCe", HERE);
        throttle.recordFailure("alice", HERE);

        assertThat(throttle.isLocked("Alice", HERE)).isTrue();
        assertThat(throttle.isLocked("alice", HERE)).isTrue();
    }

    @Test
    void forgets_failures_older_than_the_window() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", HERE);
        }
        clock.advance(Duration.ofMinutes(16));

        throttle.recordFailure("alice", HERE);

        assertThat(throttle.isLocked("alice", HERE)).isFalse();
    }

    @Test
    void unlocks_five_minutes_after_the_last_failure() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", HERE);
        }

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(throttle.isLocked("alice", HERE)).as("just before the lock ends").isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("alice", HERE)).as("when the lock ends").isFalse();
    }

    @Test
    void a_successful_login_resets_the_count() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice", HERE);
        }

        throttle.reset("Alice", HERE);
        throttle.recordFailure("alice", HERE);

        assertThat(throttle.isLocked("alice", HERE)).isFalse();
    }

    @Test
    void a_reset_lifts_a_lock() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", HERE);
        }

        throttle.reset("alice", HERE);

        assertThat(throttle.isLocked("alice", HERE)).isFalse();
    }

    @Test
    void a_lock_holds_only_for_the_address_that_failed_so_nobody_can_lock_out_a_colleague() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", HERE);
        }

        assertThat(throttle.isLocked("alice", HERE)).isTrue();
        assertThat(throttle.isLocked("alice", "198.51.100.7")).isFalse();
    }
}
