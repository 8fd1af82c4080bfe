package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.TestDatabase;
import app.lightbox.base.NotPermittedException;
import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.security.Registration.Field;
import app.lightbox.security.Registration.Reason;
import app.lightbox.security.Registration.Refused;
import app.lightbox.security.Registration.Registered;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class UserAccountServiceTest {

    private static final String PASSWORD = "correct horse";

    @Autowired
    UserAccountService accounts;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MessageBundles messages;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void start_from_an_empty_database() {
        TestDatabase.truncateAll(dataSource);
    }

    @Test
    void the_first_account_becomes_admin_and_later_ones_users() {
        assertThat(accounts.isFirstAccount()).isTrue();

        AppUser first = registered("alice");
        AppUser second = registered("bob");
        AppUser third = registered("carol");

        assertThat(first.getRole()).isEqualTo(Role.ADMIN);
        assertThat(second.getRole()).isEqualTo(Role.USER);
        assertThat(third.getRole()).isEqualTo(Role.USER);
        assertThat(accounts.isFirstAccount()).isFalse();
        assertThat(first.toActor().admin()).isTrue();
        assertThat(second.toActor().admin()).isFalse();
    }

    @Test
    void refuses_a_taken_name_after_trimming_with_a_readable_message() {
        registered("alice");

        Refused refused = refused(accounts.register("  alice\t", PASSWORD));

        assertThat(refused.field()).isEqualTo(Field.USERNAME);
        assertThat(refused.reason()).isEqualTo(Reason.USERNAME_TAKEN);
        assertThat(messages.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.args()))
                .isEqualTo("User alice is already registered.");
        assertThat(users.count()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALICE", "Alice", " aLiCe ", "alice\n"})
    void refuses_a_taken_name_in_any_case(String spelling) {
        registered("alice");

        Refused refused = refused(accounts.register(spelling, PASSWORD));

        assertThat(refused.reason()).isEqualTo(Reason.USERNAME_TAKEN);
        assertThat(messages.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.args()))
                .isEqualTo("User " + spelling.strip() + " is already registered.");
        assertThat(users.count()).isOne();
    }

    static Stream<Arguments> bad_registrations() {
        return Stream.of(
                Arguments.of("empty name", "", PASSWORD, Field.USERNAME, Reason.USERNAME_REQUIRED),
                Arguments.of("blank name", "   ", PASSWORD, Field.USERNAME, Reason.USERNAME_REQUIRED),
                Arguments.of("no name", null, PASSWORD, Field.USERNAME, Reason.USERNAME_REQUIRED),
                Arguments.of("33 letters", "a".repeat(33), PASSWORD, Field.USERNAME, Reason.USERNAME_TOO_LONG),
                Arguments.of("space inside", "bob smith", PASSWORD, Field.USERNAME, Reason.USERNAME_INVALID),
                Arguments.of("markup", "<b>bob</b>", PASSWORD, Field.USERNAME, Reason.USERNAME_INVALID),
                Arguments.of("e-mail", "bob@example.org", PASSWORD, Field.USERNAME, Reason.USERNAME_INVALID),
                Arguments.of("no password", "bob", null, Field.PASSWORD, Reason.PASSWORD_REQUIRED),
                Arguments.of("empty password", "bob", "", Field.PASSWORD, Reason.PASSWORD_REQUIRED),
                Arguments.of("7 characters", "bob", "1234567", Field.PASSWORD, Reason.PASSWORD_TOO_SHORT),
                Arguments.of("7 emoji (14 UTF-16 units)", "bob", "😀".repeat(7), Field.PASSWORD,
                        Reason.PASSWORD_TOO_SHORT),
                Arguments.of("73 ASCII bytes", "bob", "a".repeat(73), Field.PASSWORD, Reason.PASSWORD_TOO_LONG),
                Arguments.of("30 Chinese characters (90 bytes)", "bob", "密".repeat(30), Field.PASSWORD,
                        Reason.PASSWORD_TOO_LONG),
                Arguments.of("19 emoji (76 bytes)", "bob", "😀".repeat(19), Field.PASSWORD,
                        Reason.PASSWORD_TOO_LONG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_registrations")
    void refuses_bad_input_with_a_reason_and_creates_nothing(
            String label, String username, String password, Field field, Reason reason) {
        registered("admin");

        Registration result = accounts.register(username, password);

        Refused refused = refused(result);
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.reason()).isEqualTo(reason);
        for (Locale locale : MessageBundles.LOCALES) {
            assertThat(messages.getTranslation(refused.messageKey(), locale, refused.args()))
                    .as("message in %s", locale)
                    .isNotBlank()
                    .doesNotStartWith("!");
        }
        assertThat(users.count()).isOne();
    }

    @Test
    void a_password_over_72_bytes_is_refused_without_an_exception() {
        registered("admin");

        assertThatNoException().isThrownBy(() -> accounts.register("bob", "密".repeat(30)));
        Refused refused = refused(accounts.register("bob", "密".repeat(30)));
        assertThat(messages.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.args()))
                .startsWith("The password is longer than 72 bytes");
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("a".repeat(32), "a".repeat(72)),
                Arguments.of("李小龙", "密".repeat(24)),
                Arguments.of("bob.smith_2-b", "12345678"),
                Arguments.of("emoji", "😀".repeat(8)));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void accepts_names_and_passwords_at_the_limits(String username, String password) {
        Registered registered = assertInstanceOfRegistered(accounts.register(username, password));

        assertThat(registered.user().getUsername()).isEqualTo(username);
        assertThat(passwordEncoder.matches(password, registered.user().getPasswordHash())).isTrue();
    }

    @Test
    void stores_the_password_hashed_with_bcrypt() {
        registered("dora");

        String stored = users.findByUsernameKey("dora").orElseThrow().getPasswordHash();

        assertThat(stored).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, stored)).isTrue();
        assertThat(passwordEncoder.matches("wrong password", stored)).isFalse();
    }

    @Test
    void keeps_the_spelling_of_the_name_but_finds_it_in_any_case() {
        registered("  Émile ");

        assertThat(accounts.findByUsername("ÉMILE")).map(AppUser::getUsername).contains("Émile");
        assertThat(accounts.findByUsername(" émile")).isPresent();
        assertThat(accounts.findByUsername(null)).isEmpty();
    }

    @Test
    void an_admin_disables_an_account_and_enables_it_again() {
        Actor admin = registered("admin").toActor();
        AppUser bob = registered("bob");
        assertThat(bob.isEnabled()).isTrue();

        assertThat(accounts.disable(admin, bob.getId())).isEmpty();

        assertThat(users.findById(bob.getId()).orElseThrow().isEnabled()).isFalse();
        assertThat(events.stream(AccountDisabled.class)).containsExactly(new AccountDisabled(bob.getId(), "bob"));

        accounts.enable(admin, bob.getId());

        assertThat(users.findById(bob.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void disabling_a_disabled_account_changes_nothing_and_tells_nobody_again() {
        Actor admin = registered("admin").toActor();
        AppUser bob = registered("bob");
        accounts.disable(admin, bob.getId());

        assertThat(accounts.disable(admin, bob.getId())).isEmpty();

        assertThat(users.findById(bob.getId()).orElseThrow().isEnabled()).isFalse();
        assertThat(events.stream(AccountDisabled.class)).hasSize(1);
    }

    @Test
    void only_an_admin_disables_or_enables_an_account() {
        registered("admin");
        Actor bob = registered("bob").toActor();
        AppUser carol = registered("carol");

        assertThatThrownBy(() -> accounts.disable(bob, carol.getId())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.disable(bob, bob.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.enable(bob, carol.getId())).isInstanceOf(NotPermittedException.class);

        assertThat(users.findAll()).allMatch(AppUser::isEnabled);
        assertThat(events.stream(AccountDisabled.class)).isEmpty();
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        AppUser admin = registered("admin");
        registered("bob");

        assertThat(accounts.disable(admin.toActor(), admin.getId())).contains(AccountStatusRefusal.OWN_ACCOUNT);

        assertThat(users.findById(admin.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void the_last_enabled_admin_cannot_be_disabled() {
        AppUser alice = registered("alice");
        AppUser bob = promoted(registered("bob"));
        assertThat(accounts.disable(alice.toActor(), bob.getId())).isEmpty();

        // bob's session outlived his account's disabling (ending it is for the admin console to do)
        assertThat(accounts.disable(bob.toActor(), alice.getId())).contains(AccountStatusRefusal.LAST_ADMIN);

        assertThat(users.findById(alice.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void an_admin_may_disable_another_admin_while_one_stays_enabled() {
        Actor alice = registered("alice").toActor();
        AppUser bob = promoted(registered("bob"));

        assertThat(accounts.disable(alice, bob.getId())).isEmpty();

        assertThat(users.findById(bob.getId()).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void the_refusals_have_messages_in_each_language() {
        for (AccountStatusRefusal refusal : AccountStatusRefusal.values()) {
            for (Locale locale : MessageBundles.LOCALES) {
                assertThat(messages.getTranslation(refusal.messageKey(), locale)).as("%s in %s", refusal, locale)
                        .isNotBlank().doesNotStartWith("!");
            }
        }
        assertThat(messages.getTranslation(AccountStatusRefusal.OWN_ACCOUNT.messageKey(), Locale.ENGLISH))
                .isEqualTo("You cannot disable your own account.");
    }

    /** Made an admin the only way there is yet: in the database (the admin console will change roles). */
    private AppUser promoted(AppUser user) {
        JdbcClient.create(dataSource).sql("update app_user set role = 'ADMIN' where id = :id")
                .param("id", user.getId()).update();
        return users.findById(user.getId()).orElseThrow();
    }

    private AppUser registered(String username) {
        return assertInstanceOfRegistered(accounts.register(username, PASSWORD)).user();
    }

    private static Registered assertInstanceOfRegistered(Registration result) {
        assertThat(result).isInstanceOf(Registered.class);
        return (Registered) result;
    }

    private static Refused refused(Registration result) {
        assertThat(result).isInstanceOf(Refused.class);
        return (Refused) result;
    }
}
