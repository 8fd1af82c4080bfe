package app.lightbox.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code api_token} table. Plain SQL, because a call's look-up reads the token and its account in one
 * query (the account's role as it is now, not as it was when the token was made).
 */
@Repository
class ApiTokenRepository {

    /** A token as stored, without its hash. */
    record Row(long id, long userId, String name, String hint, TokenScope scope, Instant createdAt,
            @Nullable Instant lastUsedAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt) {}

    /** A token found by its hash, with the account it belongs to. */
    record Holder(Row token, String username, String role, boolean accountEnabled) {}

    private static final String COLUMNS = """
            t.id, t.user_id, t.name, t.hint, t.scope, t.created_at, t.last_used_at, t.expires_at, t.revoked_at""";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String tokenHash, String hint, TokenScope scope, Instant createdAt,
            @Nullable Instant expiresAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, hint, scope, created_at, expires_at)
                        values (:user, :name, :hash, :hint, :scope, :created, :expires)""")
                .param("user", userId)
                .param("name", name)
                .param("hash", tokenHash)
                .param("hint", hint)
                .param("scope", scope.name())
                .param("created", timestamp(createdAt))
                .param("expires", expiresAt == null ? null : timestamp(expiresAt), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_token t where t.id = :id")
                .param("id", id)
                .query(ApiTokenRepository::row)
                .optional();
    }

    /** The account's tokens, newest first. */
    List<Row> listFor(long userId) {
        return jdbc.sql("select " + COLUMNS + " from api_token t where t.user_id = :user order by t.created_at desc, t.id desc")
                .param("user", userId)
                .query(ApiTokenRepository::row)
                .list();
    }

    /** Revokes a token that is not revoked yet; returns whether it was. */
    boolean revoke(long id, Instant at) {
        return jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", timestamp(at))
                .param("id", id)
                .update() == 1;
    }

    /** The token with this hash and its account; none when either is gone. */
    Optional<Holder> findByHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + ", u.username, u.role, u.enabled"
                        + " from api_token t join app_user u on u.id = t.user_id where t.token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, n) -> new Holder(row(rs, n), rs.getString("username"), rs.getString("role"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /**
     * Records a use, unless one was recorded less than {@code interval} before: one conditional update, so
     * that a busy token costs a write a minute rather than one a call, and nodes need not agree first.
     */
    boolean touch(long id, Instant now, Duration interval) {
        return jdbc.sql("""
                        update api_token set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at <= :before)""")
                .param("now", timestamp(now))
                .param("before", timestamp(now.minus(interval)))
                .param("id", id)
                .update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("hint"),
                TokenScope.valueOf(rs.getString("scope")), instant(rs, "created_at"), instant(rs, "last_used_at"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Both drivers take an {@link OffsetDateTime} for a {@code timestamp with time zone}. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
