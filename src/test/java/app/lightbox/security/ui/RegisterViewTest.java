package app.lightbox.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import app.lightbox.TestDatabase;
import app.lightbox.security.RegisteredSignIn;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    DataSource dataSource;

    @MockitoBean
    RegisteredSignIn signIn;

    @BeforeEach
    void start_from_an_empty_database_in_english() {
        TestDatabase.truncateAll(dataSource);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void tells_the_first_visitor_they_will_be_the_administrator() {
        navigate(RegisterView.class);

        assertThat(find(Paragraph.class).withClassName("notice").single().getText())
                .isEqualTo("No account exists yet: the account you create now will be the administrator.");
    }

    @Test
    void no_administrator_notice_once_an_account_exists() {
        accounts.register("root", "correct horse");

        navigate(RegisterView.class);

        assertThat(find(Paragraph.class).withClassName("notice").exists()).isFalse();
    }

    @Test
    void shows_a_taken_name_on_the_username_field() {
        accounts.register("alice", "correct horse");
        navigate(RegisterView.class);

        register("alice", "another password");

        TextField username = usernameField();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("User alice is already registered.");
        assertThat(passwordField().isInvalid()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
    }

    @Test
    void shows_a_lookalike_name_on_the_username_field() {
        accounts.register("admin", "correct horse");
        navigate(RegisterView.class);

        register("аdmin", "another password");

        TextField username = usernameField();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage())
                .isEqualTo("This name looks too much like an existing account’s name. Choose another.");
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
        assertThat(accounts.findByUsername("аdmin")).isEmpty();
    }

    @Test
    void shows_a_too_long_password_on_the_password_field() {
        accounts.register("root", "correct horse");
        navigate(RegisterView.class);

        register("bob", "密".repeat(30));

        PasswordField password = passwordField();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(
                "The password is longer than 72 bytes; the password hash reads no further. Choose a shorter one.");
        assertThat(usernameField().isInvalid()).isFalse();
        assertThat(accounts.findByUsername("bob")).isEmpty();
    }

    @Test
    void clears_an_earlier_error_when_the_next_attempt_fails_elsewhere() {
        accounts.register("alice", "correct horse");
        navigate(RegisterView.class);
        register("alice", "another password");

        register("bob", "short");

        assertThat(usernameField().isInvalid()).isFalse();
        assertThat(passwordField().isInvalid()).isTrue();
        assertThat(passwordField().getErrorMessage()).isEqualTo("The password must be at least 8 characters long.");
    }

    /** What signing in does to the session is RegisteredSignInTest's; browserless requests keep their id. */
    @Test
    void signs_the_new_account_in_and_goes_on_to_the_front_page_unless_a_page_was_asked_for() {
        given(signIn.signIn(any(), any(), any(), any())).willAnswer(call -> call.getArgument(3));
        navigate(RegisterView.class);

        register("carol", "correct horse");

        assertThat(accounts.findByUsername("carol")).isPresent();
        verify(signIn).signIn(argThat(registered -> registered.user().getUsername().equals("carol")),
                any(), any(), eq("/"));
    }

    @Test
    void a_refused_registration_signs_nobody_in() {
        accounts.register("alice", "correct horse");
        navigate(RegisterView.class);

        register("alice", "another password");

        verifyNoInteractions(signIn);
    }

    private void register(String username, String password) {
        test(usernameField()).setValue(username);
        test(passwordField()).setValue(password);
        test(find(Button.class).withText("Create account").single()).click();
    }

    private TextField usernameField() {
        return find(TextField.class).withLabel("Username").single();
    }

    private PasswordField passwordField() {
        return find(PasswordField.class).withLabel("Password").single();
    }
}
