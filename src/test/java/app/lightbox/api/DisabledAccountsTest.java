package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.security.Actor;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A disabled account signs in to the API by no means, from its very next call: its tokens and its password
 * are refused with the usual 401 problem (not a throttle's 429, not a 500), and its tokens are not marked as
 * used; enabled again, its tokens work again.
 */
class DisabledAccountsTest extends SecuredApiTest {

    /** An admin as the service sees one; the accounts of these tests are never admins. */
    private static final Actor ADMIN = new Actor(0, "admin", true);

    /** An account that is not the only admin (the first account of an empty database is one). */
    private Actor member() {
        Actor account = account();
        return account.admin() ? account() : account;
    }

    @Test
    void a_disabled_accounts_token_is_refused_at_once_without_being_marked_used() throws Exception {
        Actor owner = member();
        String secret = token(owner, TokenScope.FULL);
        assertThat(send(withToken(ECHO, secret)).statusCode()).isEqualTo(200);
        Instant lastUsed = tokens.list(owner).getFirst().lastUsedAt();

        assertThat(accounts.disable(ADMIN, owner.id())).isEmpty();
        clock.advance(Duration.ofHours(1)); // past the minute in which a use is recorded once

        assertProblem(send(withToken(ECHO, secret)), 401, "not-authenticated");
        assertProblem(send(withToken("/api/v1/images", secret)), 401, "not-authenticated");
        assertThat(tokens.list(owner).getFirst().lastUsedAt()).isEqualTo(lastUsed);

        accounts.enable(ADMIN, owner.id());

        assertThat(send(withToken(ECHO, secret)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_account_with_its_right_password_over_http_basic_is_a_401_problem() throws Exception {
        Actor member = member();
        assertThat(accounts.disable(ADMIN, member.id())).isEmpty();

        for (int i = 0; i < 6; i++) { // more than the throttle's failures: none is counted, none locks
            assertProblem(send(request(ECHO).header("Authorization", basic(member.username(), PASSWORD))
                    .header("Accept-Language", "zh-CN")), 401, "not-authenticated");
        }

        accounts.enable(ADMIN, member.id());

        assertThat(send(request(ECHO).header("Authorization", basic(member.username(), PASSWORD))).statusCode())
                .isEqualTo(200);
    }
}
