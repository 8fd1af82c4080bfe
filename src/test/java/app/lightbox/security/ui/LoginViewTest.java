package app.lightbox.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_wrong_password_keeps_the_name_that_was_typed() {
        failedLogin(new BadCredentialsException("Bad credentials"), "Alice");

        navigateWith(Map.of("error", ""));

        assertThat(usernameField().getValue()).isEqualTo("Alice");
        assertThat(error().isVisible()).isTrue();
        assertThat(error().getElement().getTextRecursively()).contains("Wrong username or password");
    }

    @Test
    void the_name_is_shown_once_and_not_again_on_a_later_visit_to_the_form() {
        failedLogin(new BadCredentialsException("Bad credentials"), "my secret password");
        navigateWith(Map.of("error", ""));
        assertThat(usernameField().getValue()).isEqualTo("my secret password");

        // a later page load of the form (each is a new page) finds nothing left to show
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isNull();
    }

    @Test
    void a_locked_name_is_kept_too_and_said_to_be_locked() {
        failedLogin(new LockedException("Locked"), "mallet");

        navigateWith(Map.of("error", ""));

        assertThat(usernameField().getValue()).isEqualTo("mallet");
        assertThat(error().getElement().getTextRecursively()).contains("Too many failed attempts");
    }

    @Test
    void a_disabled_account_is_told_so_in_english_and_chinese() {
        failedLogin(new DisabledException("User is disabled"), "bob");
        navigateWith(Map.of("error", ""));

        assertThat(usernameField().getValue()).isEqualTo("bob");
        assertThat(error().getElement().getTextRecursively())
                .contains("This account is disabled. Ask an administrator.");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        failedLogin(new DisabledException("User is disabled"), "bob");
        navigateWith(Map.of("error", ""));

        assertThat(error().getElement().getTextRecursively()).contains("此账户已停用。请联系管理员。");
    }

    @Test
    void a_name_in_the_address_is_not_put_into_the_form() {
        navigateWith(Map.of("error", "", "username", "<img src=x>"));

        assertThat(usernameField().getValue()).isEmpty();
    }

    @Test
    void a_fresh_login_page_has_an_empty_form_without_an_error_even_after_an_old_failure() {
        failedLogin(new BadCredentialsException("Bad credentials"), "Alice");

        navigate(LoginView.class);

        assertThat(usernameField().getValue()).isEmpty();
        assertThat(find(Div.class).withClassName("login-error").exists()).as("no error shown").isFalse();
    }

    @Test
    void offers_to_keep_the_member_signed_in_under_the_name_spring_security_reads() {
        navigate(LoginView.class);

        Checkbox keep = find(Checkbox.class).single();
        assertThat(keep.getLabel()).isEqualTo("Keep me signed in");
        assertThat(keep.getElement().getAttribute("name")).isEqualTo("remember-me");
        assertThat(keep.getValue()).as("off unless asked for").isFalse();
    }

    @Test
    void offers_to_keep_the_member_signed_in_in_chinese_too() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate(LoginView.class);

        assertThat(find(Checkbox.class).single().getLabel()).isEqualTo("保持登录状态");
    }

    /** Opens the login page with these query parameters, as Spring Security's redirects do. */
    private void navigateWith(Map<String, String> parameters) {
        UI.getCurrent().navigate("login", QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    /** What Spring Security's failure handler leaves in the session before it sends the browser to ?error. */
    private static void failedLogin(AuthenticationException failure, String typedName) {
        failure.setAuthenticationRequest(UsernamePasswordAuthenticationToken.unauthenticated(typedName, "guess"));
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    private TextField usernameField() {
        return find(TextField.class).withLabel("Username").single();
    }

    private Div error() {
        return find(Div.class).withClassName("login-error").single();
    }
}
