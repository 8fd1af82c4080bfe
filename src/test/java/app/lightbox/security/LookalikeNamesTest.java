package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.security.Registration.Field;
import app.lightbox.security.Registration.Reason;
import app.lightbox.security.Registration.Refused;
import app.lightbox.security.Registration.Registered;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 7: no account may pass for another by a name that looks the same. */
@SpringBootTest
class LookalikeNamesTest {

    private static final String PASSWORD = "correct horse";

    @Autowired
    UserAccountService accounts;

    @Autowired
    MessageBundles messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void start_from_an_empty_database() {
        TestDatabase.truncateAll(dataSource);
    }

    @ParameterizedTest(name = "{1} after {0}: {2}")
    @CsvSource({
            "admin, аdmin, USERNAME_LOOKALIKE",  // Cyrillic а
            "alice, alіce, USERNAME_LOOKALIKE",  // Ukrainian і
            "admin, ａｄｍｉｎ, USERNAME_TAKEN",     // fullwidth: NFKC makes it admin
            "file, ﬁle, USERNAME_TAKEN",         // the ligature ﬁ
            "Ivan, Ⅰvan, USERNAME_TAKEN",        // the Roman numeral one
            "Ivan, lvan, USERNAME_LOOKALIKE",    // capital I and small L
            "pop, рор, USERNAME_LOOKALIKE",      // all Cyrillic
            "mary, rnary, USERNAME_LOOKALIKE",
            "bob, b0b, USERNAME_LOOKALIKE"})
    void refuses_a_name_that_looks_like_an_existing_one(String original, String lookalike, Reason reason) {
        registered(original);

        Refused refused = refused(accounts.register(lookalike, PASSWORD));

        assertThat(refused.field()).isEqualTo(Field.USERNAME);
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(count()).isOne();
    }

    @Test
    void says_that_a_lookalike_looks_like_another_name_without_naming_it() {
        registered("admin");

        Refused refused = refused(accounts.register("аdmin", PASSWORD));

        assertThat(messages.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.args()))
                .isEqualTo("This name looks too much like an existing account’s name. Choose another.");
        assertThat(messages.getTranslation(refused.messageKey(), Locale.SIMPLIFIED_CHINESE, refused.args()))
                .isEqualTo("此用户名与已有账户的名称过于相似。请换一个。");
    }

    @ParameterizedTest
    @CsvSource({"pаypal", "alіce", "Ωmega", "room1٢"})
    void refuses_a_name_that_mixes_scripts_even_when_nothing_looks_like_it(String name) {
        Refused refused = refused(accounts.register(name, PASSWORD));

        assertThat(refused.field()).isEqualTo(Field.USERNAME);
        assertThat(refused.reason()).isEqualTo(Reason.USERNAME_MIXED_SCRIPTS);
        for (Locale locale : MessageBundles.LOCALES) {
            assertThat(messages.getTranslation(refused.messageKey(), locale, refused.args()))
                    .as("message in %s", locale).isNotBlank().doesNotStartWith("!");
        }
        assertThat(count()).isZero();
    }

    @ParameterizedTest(name = "{0} is registered as {1}")
    @CsvSource({
            "张伟, 张伟",
            "José, José",
            "Jose\u0301, José",
            "Müller, Müller",
            "zhang张, zhang张",
            "Иван, Иван",
            "anna.b, anna.b",
            "x_1, x_1"})
    void lets_ordinary_names_in_one_script_register(String typed, String shown) {
        registered("root");

        AppUser user = registered(typed);

        assertThat(user.getUsername()).isEqualTo(shown);
    }

    @Test
    void an_apostrophe_is_still_not_allowed() {
        assertThat(refused(accounts.register("o'", PASSWORD)).reason()).isEqualTo(Reason.USERNAME_INVALID);
    }

    @Test
    void stores_the_nfkc_name_its_case_folded_key_and_its_skeleton() {
        registered("ａｄｍｉｎ");
        registered("Straße");

        record Stored(String username, String key, String skeleton) {}
        assertThat(jdbc.sql("select username, username_key, username_skeleton from app_user order by id")
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .containsExactly(new Stored("admin", "admin", "adrnin"), new Stored("Straße", "strasse", "strasse"));
    }

    @ParameterizedTest
    @CsvSource({"José, JOSÉ", "José, Jose\u0301", "José, ｊｏｓé", "Straße, STRASSE", "Ivan, Ⅰvan"})
    void finds_an_account_by_any_spelling_of_its_name(String registered, String typed) {
        long id = registered(registered).getId();

        assertThat(accounts.findByUsername(typed)).map(AppUser::getId).contains(id);
    }

    private long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private AppUser registered(String username) {
        Registration result = accounts.register(username, PASSWORD);
        assertThat(result).isInstanceOf(Registered.class);
        return ((Registered) result).user();
    }

    private static Refused refused(Registration result) {
        assertThat(result).isInstanceOf(Refused.class);
        return (Refused) result;
    }
}
