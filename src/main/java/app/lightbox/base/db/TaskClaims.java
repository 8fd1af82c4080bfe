package app.lightbox.base.db;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims on work that one node should do at a time, such as the storage sweep: a row per task in
 * {@code task_claim}, taken by a conditional update, which the database runs for one node at a time
 * on H2 and PostgreSQL alike. A claim lasts until its holder finishes it or its lease ends; a node
 * that dies mid-task is relieved when the lease runs out.
 */
@Component
public class TaskClaims {

    /** A held claim; hand it back to {@link #finish}. */
    public record Claim(String task, String holder) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    /** This process among the nodes: host, process id and a random part (a restarted process is another holder). */
    private final String holder;

    TaskClaims(JdbcClient jdbc, Clock clock, SecureRandom random) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.holder = newHolder(random);
    }

    /**
     * A name for this process among the nodes, for leases: host, process id and a random part (a restarted
     * process is another holder); at most 113 characters.
     */
    public static String newHolder(SecureRandom random) {
        byte[] id = new byte[6];
        random.nextBytes(id);
        String process = ManagementFactory.getRuntimeMXBean().getName();
        return (process.length() > 100 ? process.substring(0, 100) : process) + "/" + HexFormat.of().formatHex(id);
    }

    /**
     * Claims the task for this node unless another holds it, or it was finished less than
     * {@code minGap} ago (zero: however recently).
     *
     * @param lease how long the claim holds if this node never finishes it
     */
    public Optional<Claim> claim(String task, Duration lease, Duration minGap) {
        Instant now = clock.instant();
        ensureRow(task);
        int claimed = jdbc.sql("""
                        update task_claim set holder = :holder, claimed_until = :until
                        where name = :task
                          and (claimed_until is null or claimed_until < :now)
                          and (finished_at is null or finished_at <= :finishedBefore)""")
                .param("holder", holder)
                .param("until", timestamp(now.plus(lease)))
                .param("task", task)
                .param("now", timestamp(now))
                .param("finishedBefore", timestamp(now.minus(minGap)))
                .update();
        return claimed == 1 ? Optional.of(new Claim(task, holder)) : Optional.empty();
    }

    /** Ends the claim and notes when the task was done; nothing happens if the lease went to another node. */
    public void finish(Claim claim) {
        jdbc.sql("""
                        update task_claim set holder = null, claimed_until = null, finished_at = :now
                        where name = :task and holder = :holder""")
                .param("now", timestamp(clock.instant()))
                .param("task", claim.task())
                .param("holder", claim.holder())
                .update();
    }

    /** Gives the claim up without marking the task done, e.g. after a failure, so another node may try. */
    public void release(Claim claim) {
        jdbc.sql("update task_claim set holder = null, claimed_until = null where name = :task and holder = :holder")
                .param("task", claim.task())
                .param("holder", claim.holder())
                .update();
    }

    private void ensureRow(String task) {
        try {
            jdbc.sql("insert into task_claim (name) select :task where not exists (select 1 from task_claim where name = :task)")
                    .param("task", task)
                    .update();
        } catch (DuplicateKeyException e) {
            // another node inserted it at the same moment: it exists, which is all this wanted
        }
    }

    /** Both drivers take an {@link OffsetDateTime} for a {@code timestamp with time zone}. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
