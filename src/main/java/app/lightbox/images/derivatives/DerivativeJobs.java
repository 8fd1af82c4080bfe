package app.lightbox.images.derivatives;

import app.lightbox.base.db.TaskClaims;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue of derivative work in {@code derivative_job}, a job per image. A node claims a job by a
 * conditional update that the database runs for one claimer at a time (as {@code TaskClaims} does),
 * holding it for a lease: a node that dies mid-job loses it when the lease ends, and another node (or
 * this one after a restart) takes it again. Each claim counts as an attempt.
 */
@Component
class DerivativeJobs {

    enum State { PENDING, DONE, FAILED }

    /** A job as stored, for the service and tests. */
    record Job(long imageId, State state, int attempts, @Nullable String leaseHolder, @Nullable String lastError) {}

    static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DerivativeProperties properties;
    /** This process among the nodes: a restarted process is another holder. */
    private final String holder;

    @Autowired
    DerivativeJobs(JdbcClient jdbc, Clock clock, DerivativeProperties properties, SecureRandom random) {
        this(jdbc, clock, properties, TaskClaims.newHolder(random));
    }

    DerivativeJobs(JdbcClient jdbc, Clock clock, DerivativeProperties properties, String holder) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.holder = holder;
    }

    /** Queues the image's job in the caller's transaction: a row committed with its image is never without one. */
    void enqueue(long imageId) {
        OffsetDateTime now = now();
        jdbc.sql("""
                        insert into derivative_job (image_id, state, attempts, next_attempt_at, updated_at)
                        values (:id, 'PENDING', 0, :now, :now)""")
                .param("id", imageId)
                .param("now", now)
                .update();
    }

    /**
     * Claims up to {@code max} jobs that are due, newest image first: a new upload goes before the backfill
     * of older ones, and the library's first page (newest first) gets its thumbnails first. Jobs whose holder died on their last
     * attempt are given up first, so that an image that kills its node is not tried for ever.
     */
    List<Long> claimDue(int max) {
        giveUpExhausted();
        List<Long> candidates = jdbc.sql("""
                        select image_id from derivative_job
                        where state = 'PENDING' and next_attempt_at <= :now
                          and (lease_until is null or lease_until < :now)
                        order by image_id desc
                        fetch first :max rows only""")
                .param("now", now())
                .param("max", max)
                .query(Long.class)
                .list();
        List<Long> claimed = new ArrayList<>();
        for (long imageId : candidates) {
            if (claim(imageId, true)) {
                claimed.add(imageId);
            }
        }
        return claimed;
    }

    /**
     * Claims the image's pending job unless another holder's lease runs; true if this node has it now.
     *
     * @param dueOnly whether a job waiting after a failed attempt is left to wait
     */
    boolean claim(long imageId, boolean dueOnly) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update derivative_job
                        set lease_holder = :holder, lease_until = :until, attempts = attempts + 1, updated_at = :now
                        where image_id = :id and state = 'PENDING'
                          and (lease_until is null or lease_until < :now)
                          and (:dueOnly = false or next_attempt_at <= :now)""")
                .param("holder", holder)
                .param("until", timestamp(now.plus(properties.lease())))
                .param("now", timestamp(now))
                .param("id", imageId)
                .param("dueOnly", dueOnly)
                .update() == 1;
    }

    /** Puts a done job back in the queue, e.g. when a derivative's file went missing; false if it was not done. */
    boolean requeue(long imageId) {
        return jdbc.sql("""
                        update derivative_job set state = 'PENDING', attempts = 0, next_attempt_at = :now,
                            last_error = null, updated_at = :now
                        where image_id = :id and state = 'DONE'""")
                .param("now", now())
                .param("id", imageId)
                .update() == 1;
    }

    /**
     * Marks a job this node holds as done, in the caller's transaction; false if it lost the lease (to
     * another node, or because the image was deleted).
     */
    boolean finish(long imageId) {
        return jdbc.sql("""
                        update derivative_job set state = 'DONE', lease_holder = null, lease_until = null,
                            last_error = null, updated_at = :now
                        where image_id = :id and lease_holder = :holder and state = 'PENDING'""")
                .param("now", now())
                .param("id", imageId)
                .param("holder", holder)
                .update() == 1;
    }

    /**
     * Records a failed attempt of a job this node holds: due again after the retry delay (doubled for each
     * attempt before), or FAILED after the last attempt.
     *
     * @return the job as it is now, empty if this node no longer held it
     */
    Optional<Job> fail(long imageId, String reason) {
        Optional<Job> held = find(imageId).filter(job -> holder.equals(job.leaseHolder()));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        int attempts = held.get().attempts();
        boolean last = attempts >= properties.maxAttempts();
        Instant now = clock.instant();
        Duration wait = properties.retryDelay().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        int updated = jdbc.sql("""
                        update derivative_job set state = :state, next_attempt_at = :next, lease_holder = null,
                            lease_until = null, last_error = :reason, updated_at = :now
                        where image_id = :id and lease_holder = :holder""")
                .param("state", (last ? State.FAILED : State.PENDING).name())
                .param("next", timestamp(now.plus(wait)))
                .param("reason", reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason)
                .param("now", timestamp(now))
                .param("id", imageId)
                .param("holder", holder)
                .update();
        // the lease may have gone (to another node) since it was read: then this failure is not this node's to record
        return updated == 1 ? find(imageId) : Optional.empty();
    }

    Optional<Job> find(long imageId) {
        return jdbc.sql("select image_id, state, attempts, lease_holder, last_error from derivative_job where image_id = :id")
                .param("id", imageId)
                .query((rs, row) -> new Job(rs.getLong(1), State.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    private void giveUpExhausted() {
        jdbc.sql("""
                        update derivative_job set state = 'FAILED', lease_holder = null, lease_until = null,
                            last_error = :reason, updated_at = :now
                        where state = 'PENDING' and attempts >= :max and lease_until < :now""")
                .param("reason", "Given up after " + properties.maxAttempts()
                        + " attempts: the node working on it stopped before it finished")
                .param("max", properties.maxAttempts())
                .param("now", now())
                .update();
    }

    private OffsetDateTime now() {
        return timestamp(clock.instant());
    }

    /** Both drivers take an {@link OffsetDateTime} for a {@code timestamp with time zone}. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
