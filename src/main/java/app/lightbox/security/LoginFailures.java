package app.lightbox.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import app.lightbox.base.Sha256;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The failed logins that {@link LoginThrottle} counts, one row each in {@code login_failure}, shared by
 * every node. A failure is an insert, never an update of a counter, so that two nodes recording at once
 * cannot lose one.
 *
 * <p>A row holds the SHA-256 of its key (normalised name and client address), not the key. The login
 * form takes any text as a name and unknown names are counted too, so a plain key would keep whatever
 * people type there, including the password typed into the wrong field, next to their address; the
 * hash gives the lookup all it needs, at a fixed width. It is no anonymisation against a reader who
 * hashes guessed names and addresses; it keeps the table from being a readable log.
 */
@Repository
class LoginFailures {

    /** How many failures a key has since a moment, and the last of them ({@code null} when none). */
    record Recent(int count, @Nullable Instant last) {}

    private final JdbcClient jdbc;

    LoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String key, Instant at) {
        jdbc.sql("insert into login_failure (key_hash, failed_at) values (:key, :at)")
                .param("key", hash(key))
                .param("at", timestamp(at))
                .update();
    }

    /** The failures of this key at or after {@code since}. */
    Recent since(String key, Instant since) {
        return jdbc.sql("""
                        select count(*) as failures, max(failed_at) as latest from login_failure
                        where key_hash = :key and failed_at >= :since""")
                .param("key", hash(key))
                .param("since", timestamp(since))
                .query((rs, row) -> {
                    OffsetDateTime latest = rs.getObject("latest", OffsetDateTime.class);
                    return new Recent(rs.getInt("failures"), latest == null ? null : latest.toInstant());
                })
                .single();
    }

    void deleteAll(String key) {
        jdbc.sql("delete from login_failure where key_hash = :key").param("key", hash(key)).update();
    }

    /** Forgets every key's failures from before {@code horizon}; returns how many rows went. */
    int deleteBefore(Instant horizon) {
        return jdbc.sql("delete from login_failure where failed_at < :horizon")
                .param("horizon", timestamp(horizon))
                .update();
    }

    /** Both drivers take an {@link OffsetDateTime} for a {@code timestamp with time zone}. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String hash(String key) {
        return Sha256.hex(key.getBytes(UTF_8));
    }
}
