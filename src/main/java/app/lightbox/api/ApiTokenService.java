package app.lightbox.api;

import app.lightbox.api.ApiTokenSummary.State;
import app.lightbox.api.TokenCreation.Created;
import app.lightbox.api.TokenCreation.Reason;
import app.lightbox.api.TokenCreation.Refused;
import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.security.Actor;
import app.lightbox.security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: made, listed and revoked by their owner (revoked by an admin too), and checked at
 * every API call. A token's secret exists only in the answer to {@link #create}; what is kept is its
 * SHA-256, so neither the database nor this service can show it again.
 */
@Service
public class ApiTokenService {

    public static final int NAME_MAX = 100;
    /** A token's last use is recorded at most this often: the list shows the day, not the second. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    private final ApiTokenRepository tokens;
    private final SecureRandom random;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ApiTokenService(ApiTokenRepository tokens, SecureRandom random, Clock clock, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.random = random;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ownTransaction.setTimeout(5);
    }

    /**
     * A new token for the actor's own account.
     *
     * @param name what the owner calls it (trimmed; 1 to {@value #NAME_MAX} UTF-16 units, as the column's
     *     {@code varchar} counts them on H2 and the form's field in the browser; an emoji takes two)
     * @param expiresAt when it stops working; {@code null} for never
     */
    @Transactional
    public TokenCreation create(Actor actor, @Nullable String name, TokenScope scope, @Nullable Instant expiresAt) {
        String trimmed = name == null ? "" : name.strip();
        Instant now = now();
        if (trimmed.isEmpty()) {
            return new Refused(Reason.NAME_REQUIRED);
        }
        if (trimmed.length() > NAME_MAX) {
            return new Refused(Reason.NAME_TOO_LONG, NAME_MAX);
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return new Refused(Reason.EXPIRY_PASSED);
        }
        String secret = TokenFormat.generate(random);
        Instant expires = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS);
        long id = tokens.insert(actor.id(), trimmed, TokenFormat.hash(secret), TokenFormat.hint(secret), scope, now,
                expires);
        return new Created(secret, summary(tokens.find(id).orElseThrow(), now));
    }

    /** The actor's own tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list(Actor actor) {
        Instant now = now();
        return tokens.listFor(actor.id()).stream().map(row -> summary(row, now)).toList();
    }

    /**
     * Stops a token at once, for good. Revoking one that is already revoked changes nothing.
     *
     * @throws NotFoundException when there is no such token
     * @throws NotPermittedException when it is another account's and the actor is no admin
     */
    @Transactional
    public void revoke(Actor actor, long id) {
        ApiTokenRepository.Row token = tokens.find(id).orElseThrow(() -> new NotFoundException("API token " + id));
        if (!actor.mayChange(token.userId())) {
            throw new NotPermittedException("Revoking another account's API token");
        }
        tokens.revoke(id, now());
    }

    /**
     * The account and scope a presented secret stands for, read afresh at each call (so a changed role
     * counts at once), or nothing when the secret is no token, or its token is revoked, expired or of an
     * account that may no longer sign in. Records the use, at most once a minute.
     */
    public Optional<AuthenticatedToken> authenticate(String secret) {
        if (!TokenFormat.isWellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<ApiTokenRepository.Holder> found = tokens.findByHash(TokenFormat.hash(secret))
                .filter(holder -> state(holder.token(), now) == State.ACTIVE)
                .filter(ApiTokenService::maySignIn);
        found.ifPresent(holder -> recordUse(holder.token().id(), now));
        return found.map(holder -> new AuthenticatedToken(
                new Actor(holder.token().userId(), holder.username(), Role.ADMIN.name().equals(holder.role())),
                holder.token().scope()));
    }

    /**
     * Whether the token's account may sign in at all: not when it is disabled (a deleted one takes its tokens
     * with it). The flag is read by the token's own query, so disabling counts from the next call on.
     */
    private static boolean maySignIn(ApiTokenRepository.Holder holder) {
        return holder.accountEnabled();
    }

    /** In a short transaction of its own: a failure to record a use must not refuse the call. */
    private void recordUse(long id, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> tokens.touch(id, now, LAST_USED_PRECISION));
        } catch (RuntimeException e) {
            log.warn("Could not record the use of API token {}: {}", id, e.toString());
        }
    }

    private static ApiTokenSummary summary(ApiTokenRepository.Row row, Instant now) {
        return new ApiTokenSummary(row.id(), row.name(), row.hint(), row.scope(), row.createdAt(), row.lastUsedAt(),
                row.expiresAt(), row.revokedAt(), state(row, now));
    }

    private static State state(ApiTokenRepository.Row row, Instant now) {
        if (row.revokedAt() != null) {
            return State.REVOKED;
        }
        if (row.expiresAt() != null && !row.expiresAt().isAfter(now)) {
            return State.EXPIRED;
        }
        return State.ACTIVE;
    }

    /** The database keeps microseconds; comparing at the same precision keeps the bounds exact. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
