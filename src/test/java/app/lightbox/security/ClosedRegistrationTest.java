package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import app.lightbox.security.Registration.Field;
import app.lightbox.security.Registration.Reason;
import app.lightbox.security.Registration.Refused;
import app.lightbox.security.Registration.Registered;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "lightbox.registration.open=false")
class ClosedRegistrationTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void start_from_an_empty_database() {
        TestDatabase.truncateAll(dataSource);
    }

    @Test
    void still_lets_the_first_account_in_so_that_someone_can_administer() {
        assertThat(accounts.isRegistrationOpen()).isTrue();

        Registration first = accounts.register("root", "correct horse");

        assertThat(first).isInstanceOfSatisfying(Registered.class,
                r -> assertThat(r.user().getRole()).isEqualTo(Role.ADMIN));
    }

    @Test
    void refuses_everyone_after_the_first_account() {
        accounts.register("root", "correct horse");

        assertThat(accounts.isRegistrationOpen()).isFalse();
        assertThat(accounts.register("mallory", "correct horse")).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.field()).isEqualTo(Field.FORM);
            assertThat(r.reason()).isEqualTo(Reason.CLOSED);
        });
        assertThat(accounts.findByUsername("mallory")).isEmpty();
    }
}
