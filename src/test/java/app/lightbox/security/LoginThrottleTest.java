package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle's rules on the real database, where its failures live: a new {@link LoginThrottle} on
 * the same database stands for a restart or another node.
 */
@SpringBootTest
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

    private static final String HERE = "192.0.2.1";
    private static final String THERE = "198.51.100.7";

    @Autowired
    LoginFailures failures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final TestClock clock = new TestClock();
    private LoginThrottle throttle;

    @BeforeEach
    void start_from_an_empty_database() {
        TestDatabase.truncateAll(dataSource);
        throttle = node();
    }

    /** A throttle with the default settings, as a freshly started node has it. */
    private LoginThrottle node() {
        return node(5, Duration.ofMinutes(15), Duration.ofMinutes(5));
    }

    private LoginThrottle node(int maxFailures, Duration window, Duration lockout) {
        return new LoginThrottle(new AccountProperties(new AccountProperties.Registration(true),
                new AccountProperties.Login(maxFailures, window, lockout, Duration.ofDays(30))), failures, clock);
    }

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
        assertThat(throttle.isLocked("alice", THERE)).isFalse();
    }

    @Test
    void a_restart_still_counts_the_failures_from_before() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("alice", HERE);
        }

        LoginThrottle restarted = node();
        assertThat(restarted.isLocked("alice", HERE)).as("after three failures").isFalse();
        restarted.recordFailure("alice", HERE);
        restarted.recordFailure("alice", HERE);

        assertThat(restarted.isLocked("alice", HERE)).isTrue();
    }

    @Test
    void a_lock_holds_on_every_node_and_a_reset_on_one_lifts_it_on_all() {
        LoginThrottle otherNode = node();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? throttle : otherNode).recordFailure("alice", HERE);
        }

        assertThat(throttle.isLocked("alice", HERE)).isTrue();
        assertThat(otherNode.isLocked("alice", HERE)).isTrue();

        otherNode.reset("alice", HERE);

        assertThat(throttle.isLocked("alice", HERE)).isFalse();
    }

    @Test
    void counts_every_spelling_of_a_name_against_the_same_lock() {
        for (String spelling : List.of("alice", "ALICE", "ａｌｉｃｅ", " Alice", "ＡＬＩＣＥ")) {
            throttle.recordFailure(spelling, HERE);
        }

        assertThat(throttle.isLocked("alice", HERE)).isTrue();
        assertThat(throttle.isLocked("ａｌｉｃｅ", HERE)).isTrue();
    }

    @Test
    void keeps_every_failure_when_nodes_record_at_once() throws Exception {
        int attempts = 8;
        List<LoginThrottle> nodes = List.of(node(), node());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                LoginThrottle node = nodes.get(i % nodes.size());
                done.add(pool.submit(() -> {
                    start.await();
                    node.recordFailure("alice", HERE);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : done) {
                attempt.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(rows()).isEqualTo(attempts);
        assertThat(node(attempts, Duration.ofMinutes(15), Duration.ofMinutes(5)).isLocked("alice", HERE)).isTrue();
    }

    @Test
    void deletes_everybodys_failures_once_they_no_longer_count() {
        throttle.recordFailure("alice", HERE);
        throttle.recordFailure("bob", THERE);
        clock.advance(Duration.ofMinutes(10));
        throttle.recordFailure("carol", HERE);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        throttle.recordFailure("dave", THERE);

        assertThat(rows()).as("carol's failure still counts, alice's and bob's no longer").isEqualTo(2);
        assertThat(failures.since(LoginThrottle.key("carol", HERE), Instant.EPOCH).count()).isOne();
        assertThat(failures.since(LoginThrottle.key("dave", THERE), Instant.EPOCH).count()).isOne();
    }

    @Test
    void keeps_the_failures_of_a_lock_that_outlasts_the_window() {
        LoginThrottle patient = node(5, Duration.ofMinutes(1), Duration.ofMinutes(30));
        for (int i = 0; i < 5; i++) {
            patient.recordFailure("alice", HERE);
        }
        clock.advance(Duration.ofMinutes(20));

        patient.recordFailure("bob", HERE);

        assertThat(patient.isLocked("alice", HERE)).isTrue();
        assertThat(rows()).isEqualTo(6);
    }

    @Test
    void stores_neither_the_name_nor_the_address() {
        String passwordTypedAsName = "Correct-Horse-Battery";
        throttle.recordFailure(passwordTypedAsName, HERE);

        List<String> stored = jdbc.sql("select key_hash from login_failure").query(String.class).list();

        assertThat(stored).singleElement().asString()
                .matches("[0-9a-f]{64}")
                .doesNotContainIgnoringCase("horse")
                .doesNotContain(HERE);
    }

    private long rows() {
        return jdbc.sql("select count(*) from login_failure").query(Long.class).single();
    }
}
