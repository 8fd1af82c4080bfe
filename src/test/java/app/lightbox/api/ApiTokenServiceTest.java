package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.TestDatabase;
import app.lightbox.api.ApiTokenSummary.State;
import app.lightbox.api.TokenCreation.Created;
import app.lightbox.api.TokenCreation.Reason;
import app.lightbox.api.TokenCreation.Refused;
import app.lightbox.base.MovableClock;
import app.lightbox.base.NotPermittedException;
import app.lightbox.base.Sha256;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tokens' rules on the real database (H2, and PostgreSQL in the second run), by a clock the test moves. */
@SpringBootTest
@Import(ApiTokenServiceTest.StillClock.class)
class ApiTokenServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class StillClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return MovableClock.at("2026-12-01T10:00:00Z");
        }
    }

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserAccountService accounts;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private Actor admin;
    private Actor alice;
    private Actor bob;

    @BeforeEach
    void three_accounts_on_an_empty_database() {
        TestDatabase.truncateAll(dataSource);
        admin = account("boss");
        alice = account("alice");
        bob = account("bob");
    }

    private Actor account(String name) {
        accounts.register(name, "correct horse");
        return accounts.findByUsername(name).orElseThrow().toActor();
    }

    private Created created(Actor owner, String name, TokenScope scope) {
        return (Created) tokens.create(owner, name, scope, null);
    }

    @Test
    void a_new_token_is_lbx_and_43_base62_characters_shown_once_and_stored_only_as_its_hash() {
        Created created = created(alice, "  ShareX on my laptop ", TokenScope.UPLOAD);

        assertThat(created.secret()).matches("lbx_[0-9A-Za-z]{43}");
        assertThat(created.token().name()).isEqualTo("ShareX on my laptop");
        assertThat(created.token().hint()).isEqualTo("lbx_…" + created.secret().substring(43));
        assertThat(created.token().scope()).isEqualTo(TokenScope.UPLOAD);
        assertThat(created.token().createdAt()).isEqualTo(clock.instant());
        assertThat(created.token().lastUsedAt()).isNull();
        assertThat(created.token().state()).isEqualTo(State.ACTIVE);
        assertThat(created.toString()).doesNotContain(created.secret());
        String stored = jdbc.sql("select token_hash from api_token").query(String.class).single();
        assertThat(stored).isEqualTo(Sha256.hex(created.secret().getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :s or hint = :s or name = :s")
                .param("s", created.secret()).query(Integer.class).single()).isZero();
    }

    @Test
    void every_token_is_different() {
        assertThat(created(alice, "one", TokenScope.FULL).secret())
                .isNotEqualTo(created(alice, "two", TokenScope.FULL).secret());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void a_token_needs_a_name(String name) {
        assertThat(tokens.create(alice, name, TokenScope.FULL, null)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("api.tokens.refused.name-required"));
        assertThat(tokens.create(alice, null, TokenScope.FULL, null)).isInstanceOf(Refused.class);
        assertThat(tokens.list(alice)).isEmpty();
    }

    @Test
    void a_name_may_have_100_characters_but_not_101() {
        assertThat(tokens.create(alice, "界".repeat(100), TokenScope.FULL, null)).isInstanceOf(Created.class);

        assertTooLong("x".repeat(101));
    }

    /** As the column counts them on H2 (and the form's field in the browser): an emoji is two. */
    @Test
    void a_name_of_emoji_may_have_50_of_them_and_more_are_refused_rather_than_failing_the_insert() {
        String fifty = "😀".repeat(50);
        assertThat(tokens.create(alice, fifty, TokenScope.FULL, null)).isInstanceOf(Created.class);
        assertThat(tokens.list(alice)).extracting(ApiTokenSummary::name).containsExactly(fifty);

        assertTooLong("😀".repeat(51));
        assertTooLong("😀".repeat(100));
        assertThat(tokens.list(alice)).hasSize(1);
    }

    private void assertTooLong(String name) {
        assertThat(tokens.create(alice, name, TokenScope.FULL, null)).isInstanceOfSatisfying(Refused.class,
                refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.NAME_TOO_LONG);
                    assertThat(refused.args()).containsExactly(100);
                });
    }

    @Test
    void an_expiry_must_lie_ahead() {
        assertThat(tokens.create(alice, "old", TokenScope.FULL, clock.instant())).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Reason.EXPIRY_PASSED));
    }

    @Test
    void the_list_has_the_own_tokens_newest_first_with_their_state() {
        Created first = created(alice, "first", TokenScope.FULL);
        clock.advance(Duration.ofMinutes(1));
        Created expiring = (Created) tokens.create(alice, "expiring", TokenScope.UPLOAD,
                clock.instant().plus(Duration.ofDays(1)));
        clock.advance(Duration.ofMinutes(1));
        Created revoked = created(alice, "revoked", TokenScope.FULL);
        tokens.revoke(alice, revoked.token().id());
        created(bob, "bob’s", TokenScope.FULL);
        clock.advance(Duration.ofDays(2));

        List<ApiTokenSummary> list = tokens.list(alice);

        assertThat(list).extracting(ApiTokenSummary::name).containsExactly("revoked", "expiring", "first");
        assertThat(list).extracting(ApiTokenSummary::state).containsExactly(State.REVOKED, State.EXPIRED, State.ACTIVE);
        assertThat(list.get(1).expiresAt()).isEqualTo(expiring.token().expiresAt());
        assertThat(list.get(0).revokedAt()).isNotNull();
        assertThat(list.get(2).id()).isEqualTo(first.token().id());
    }

    @Test
    void a_token_signs_in_as_its_account_with_its_scope() {
        Created created = created(alice, "script", TokenScope.UPLOAD);

        assertThat(tokens.authenticate(created.secret())).contains(new AuthenticatedToken(alice, TokenScope.UPLOAD));
        assertThat(tokens.authenticate(created(admin, "mine", TokenScope.FULL).secret()))
                .hasValueSatisfying(token -> assertThat(token.actor().admin()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lbx_", "lbx_0000000000000000000000000000000000000000000",
            "LBX_0000000000000000000000000000000000000000000", "lbx_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_",
            "Bearer lbx_x", "not a token at all"})
    void anything_else_signs_in_nobody(String secret) {
        created(alice, "script", TokenScope.FULL);

        assertThat(tokens.authenticate(secret)).isEmpty();
    }

    @Test
    void a_revoked_token_stops_at_once_and_an_expired_one_when_its_time_comes() {
        Created revoked = created(alice, "revoked", TokenScope.FULL);
        Created expiring = (Created) tokens.create(alice, "expiring", TokenScope.FULL,
                clock.instant().plus(Duration.ofHours(1)));

        tokens.revoke(alice, revoked.token().id());
        assertThat(tokens.authenticate(revoked.secret())).isEmpty();
        assertThat(tokens.authenticate(expiring.secret())).isPresent();

        clock.advance(Duration.ofHours(1));
        assertThat(tokens.authenticate(expiring.secret())).isEmpty();
    }

    @Test
    void only_the_owner_or_an_admin_may_revoke_a_token() {
        Created created = created(alice, "script", TokenScope.FULL);

        assertThatThrownBy(() -> tokens.revoke(bob, created.token().id())).isInstanceOf(NotPermittedException.class);
        assertThat(tokens.authenticate(created.secret())).isPresent();

        tokens.revoke(admin, created.token().id());
        assertThat(tokens.authenticate(created.secret())).isEmpty();
    }

    @Test
    void a_deleted_accounts_tokens_stop_at_once() {
        Created created = created(bob, "script", TokenScope.FULL);

        jdbc.sql("delete from app_user where id = :id").param("id", bob.id()).update();

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(jdbc.sql("select count(*) from api_token").query(Integer.class).single()).isZero();
    }

    @Test
    void a_changed_role_counts_at_the_next_call() {
        Created created = created(alice, "script", TokenScope.FULL);

        jdbc.sql("update app_user set role = 'ADMIN' where id = :id").param("id", alice.id()).update();

        assertThat(tokens.authenticate(created.secret()))
                .hasValueSatisfying(token -> assertThat(token.actor().admin()).isTrue());
    }

    @Test
    void the_last_use_is_recorded_at_most_once_a_minute() {
        Created created = created(alice, "script", TokenScope.FULL);
        Instant first = clock.instant();

        tokens.authenticate(created.secret());
        assertThat(lastUsed()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(59));
        tokens.authenticate(created.secret());
        assertThat(lastUsed()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        tokens.authenticate(created.secret());
        assertThat(lastUsed()).isEqualTo(first.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_failed_look_up_records_no_use() {
        Created created = created(alice, "script", TokenScope.FULL);
        tokens.revoke(alice, created.token().id());

        tokens.authenticate(created.secret());

        assertThat(lastUsed()).isNull();
    }

    private Instant lastUsed() {
        return tokens.list(alice).getFirst().lastUsedAt();
    }
}
