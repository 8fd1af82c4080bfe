package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import app.lightbox.security.Registration.Reason;
import app.lightbox.security.Registration.Refused;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Migration 7.1 on a database with accounts from before it, some of which collide under the new forms.
 * The application starts on that database, so Spring Boot's Flyway runs the migration as in production.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest
class UsernameFormsMigrationTest {

    /** An account as versions 1 to 6 had it: the key was the lower-cased name. Each has its own password. */
    record Before(long id, String username) {
        String oldKey() {
            return username.toLowerCase(Locale.ROOT);
        }

        String password() {
            return "password of " + id;
        }
    }

    static final List<Before> ACCOUNTS = List.of(
            new Before(1, "admin"),
            new Before(2, "аdmin"),          // Cyrillic а: looks like admin, its key is its own
            new Before(3, "ａｄｍｉｎ"),        // fullwidth: its new key would be admin's
            new Before(4, "straße"),         // its new key would be strasse's
            new Before(5, "strasse"),
            new Before(6, "ﬁle"),            // the ligature: its new key "file" is free
            new Before(7, "E\u0301mile"),    // decomposed: its new key is the composed "émile"
            new Before(8, "Ⅰvan"));          // the Roman numeral: its new key "ivan" is free

    @DynamicPropertySource
    static void an_older_database_with_these_accounts(DynamicPropertyRegistry registry) {
        DriverManagerDataSource db = TestDatabase.createFresh();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("5").load().migrate();
        PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        JdbcClient jdbc = JdbcClient.create(db);
        for (Before account : ACCOUNTS) {
            jdbc.sql("""
                            insert into app_user (id, username, username_key, password_hash, role, created_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(account.id(), account.username(), account.oldKey(), passwords.encode(account.password()),
                            account.id() == 1 ? "ADMIN" : "USER", OffsetDateTime.parse("2025-01-02T03:04:05Z"))
                    .update();
        }
        registry.add("spring.datasource.url", db::getUrl);
        registry.add("spring.datasource.username", db::getUsername);
        registry.add("spring.datasource.password", db::getPassword);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UsernameFormsMigration migration;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AccountDetailsService details;

    @Autowired
    PasswordEncoder passwordEncoder;

    record After(long id, String username, String key, String skeleton) {}

    @Test
    void gives_every_account_its_skeleton_and_the_new_key_where_no_other_account_has_it() {
        assertThat(stored()).containsExactly(
                new After(1, "admin", "admin", "adrnin"),
                new After(2, "аdmin", "аdmin", "adrnin"),
                new After(3, "ａｄｍｉｎ", "ａｄｍｉｎ", "adrnin"),
                new After(4, "straße", "straße", "strasse"),
                new After(5, "strasse", "strasse", "strasse"),
                new After(6, "ﬁle", "file", "file"),
                new After(7, "E\u0301mile", "\u00e9mile", "e\u0301rnile"),
                new After(8, "Ⅰvan", "ivan", "lvan"));
    }

    @Test
    void warns_of_each_collision_naming_both_accounts(CapturedOutput output) {
        assertThat(output.getAll())
                .containsPattern("WARN.*Account 3 \\(ａｄｍｉｎ\\) keeps its old key \"ａｄｍｉｎ\": its new key \"admin\" "
                        + "is the key of account 1 \\(admin\\)")
                .containsPattern("WARN.*Account 4 \\(straße\\) keeps its old key \"straße\": its new key \"strasse\" "
                        + "is the key of account 5 \\(strasse\\)")
                .containsPattern("WARN.*Accounts 1 \\(admin\\), 2 \\(аdmin\\), 3 \\(ａｄｍｉｎ\\) have names that look alike")
                .containsPattern("WARN.*Accounts 4 \\(straße\\), 5 \\(strasse\\) have names that look alike")
                .doesNotContainPattern("WARN.*Account [678] ");
    }

    static List<Before> accounts() {
        return ACCOUNTS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void every_account_still_logs_in_by_its_own_name(Before account) {
        DaoAuthenticationProvider login = new DaoAuthenticationProvider(details);
        login.setPasswordEncoder(passwordEncoder);

        var result = login.authenticate(
                new UsernamePasswordAuthenticationToken(account.username(), account.password()));

        assertThat(result.getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class,
                principal -> assertThat(principal.actor().id()).isEqualTo(account.id()));
    }

    @Test
    void a_new_name_that_looks_like_an_older_account_is_refused() {
        Registration result = accounts.register("ﬁ1e", "correct horse");

        assertThat(result).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Reason.USERNAME_LOOKALIKE));
    }

    @Test
    void running_it_again_changes_nothing() throws Exception {
        List<After> before = stored();

        int changed;
        try (Connection connection = dataSource.getConnection()) {
            changed = migration.update(connection);
        }

        assertThat(changed).isZero();
        assertThat(stored()).isEqualTo(before);
    }

    private List<After> stored() {
        return jdbc.sql("select id, username, username_key, username_skeleton from app_user order by id")
                .query((rs, row) -> new After(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
