package app.lightbox.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import app.lightbox.base.MovableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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

/** Several nodes (each a {@link TaskClaims} of its own) on one database. */
@SpringBootTest
class TaskClaimsTest {

    private static final Duration LEASE = Duration.ofMinutes(10);

    @Autowired
    DataSource dataSource;

    private final MovableClock clock = MovableClock.at("2026-12-01T10:00:00Z");

    @BeforeEach
    void start_from_an_empty_database() {
        TestDatabase.truncateAll(dataSource);
    }

    @Test
    void one_node_holds_a_claim_until_it_finishes() {
        TaskClaims first = node();
        TaskClaims second = node();

        Optional<TaskClaims.Claim> claim = first.claim("sweep", LEASE, Duration.ZERO);

        assertThat(claim).isPresent();
        assertThat(second.claim("sweep", LEASE, Duration.ZERO)).isEmpty();
        assertThat(first.claim("sweep", LEASE, Duration.ZERO)).as("not even the holder twice").isEmpty();
        assertThat(second.claim("other task", LEASE, Duration.ZERO)).as("tasks are claimed one by one").isPresent();

        first.finish(claim.orElseThrow());

        assertThat(second.claim("sweep", LEASE, Duration.ZERO)).isPresent();
    }

    @Test
    void a_finished_task_is_not_claimed_again_within_the_gap() {
        TaskClaims first = node();
        TaskClaims second = node();
        first.finish(first.claim("sweep", LEASE, Duration.ZERO).orElseThrow());

        clock.advance(Duration.ofMinutes(30));
        assertThat(second.claim("sweep", LEASE, Duration.ofHours(1))).isEmpty();

        clock.advance(Duration.ofMinutes(30));
        assertThat(second.claim("sweep", LEASE, Duration.ofHours(1))).isPresent();
    }

    @Test
    void another_node_takes_over_when_the_holder_died_and_its_lease_ran_out() {
        TaskClaims dying = node();
        TaskClaims survivor = node();
        TaskClaims.Claim lost = dying.claim("sweep", LEASE, Duration.ZERO).orElseThrow();

        clock.advance(LEASE);
        assertThat(survivor.claim("sweep", LEASE, Duration.ZERO)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        TaskClaims.Claim taken = survivor.claim("sweep", LEASE, Duration.ZERO).orElseThrow();

        // the late holder's finish does not end the new holder's claim
        dying.finish(lost);
        assertThat(node().claim("sweep", LEASE, Duration.ZERO)).isEmpty();
        survivor.finish(taken);
        assertThat(node().claim("sweep", LEASE, Duration.ZERO)).isPresent();
    }

    @Test
    void a_released_claim_can_be_taken_at_once_as_the_task_was_not_done() {
        TaskClaims first = node();
        first.release(first.claim("sweep", LEASE, Duration.ZERO).orElseThrow());

        assertThat(node().claim("sweep", LEASE, Duration.ofHours(1))).isPresent();
    }

    @Test
    void of_many_nodes_claiming_at_once_exactly_one_gets_a_new_task() throws Exception {
        int nodes = 8;
        List<TaskClaims> claims = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            claims.add(node());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = claims.stream().<Callable<Boolean>>map(node -> () -> {
            start.await();
            return node.claim("fresh task", LEASE, Duration.ZERO).isPresent();
        }).toList();
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Boolean>> results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    private TaskClaims node() {
        return new TaskClaims(JdbcClient.create(dataSource), clock, new SecureRandom());
    }
}
