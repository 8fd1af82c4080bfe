package app.lightbox.security.ui;

import app.lightbox.security.RememberedLogins;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The login form: a plain HTML form posted to Spring Security's {@code /login}, made of Vaadin's fields.
 * Vaadin's LoginForm draws its fields in the browser, out of the server's reach, so it cannot show the
 * name typed before a failed attempt; this form can, and needs no JavaScript of ours. The browser posts
 * it (Enter in a field or the button), with the CSRF token of the session and, when ticked, "Keep me
 * signed in".
 */
@Tag("form")
class LoginPostForm extends Component implements HasComponents {

    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Div error = new Div();
    private final Span errorTitle = new Span();
    private final Paragraph errorMessage = new Paragraph();
    private @Nullable Element csrf;

    LoginPostForm(String action) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", action);
        addClassName("login-form");
        error.addClassName("login-error");
        error.getElement().setAttribute("role", "alert");
        errorTitle.addClassName("login-error-title");
        error.add(errorTitle, errorMessage);
        error.setVisible(false);

        username.setLabel(getTranslation("security.login.username"));
        username.getElement().setAttribute("name", "username");
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setAutocapitalize(Autocapitalize.NONE);
        username.setAutocorrect(false);
        username.setAutofocus(true);
        password.setLabel(getTranslation("security.login.password"));
        password.getElement().setAttribute("name", "password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        username.setRequired(true);
        password.setRequired(true);
        username.setWidthFull();
        password.setWidthFull();
        username.setErrorMessage(getTranslation("security.login.username-required"));
        password.setErrorMessage(getTranslation("security.login.password-required"));

        Checkbox rememberMe = new Checkbox(getTranslation("security.login.remember-me"));
        rememberMe.getElement().setAttribute("name", RememberedLogins.PARAMETER);
        rememberMe.setHelperText(getTranslation("security.login.remember-me-help"));
        NativeButton submit = new NativeButton(getTranslation("security.login.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("login-submit");
        add(error, username, password, rememberMe, submit);
    }

    /** Shows why the form is shown again (wrong password, locked name, expired page). */
    void showError(String title, String message) {
        errorTitle.setText(title);
        errorMessage.setText(message);
        error.setVisible(true);
    }

    /** Puts back the name of the failed attempt, and the cursor into the password that is missing. */
    void fillUsername(String name) {
        username.setValue(name);
        username.setAutofocus(false);
        password.setAutofocus(true);
    }

    /** The session's CSRF token, without which Spring Security refuses the login (see SecurityConfig). */
    void setCsrfToken(CsrfToken token) {
        if (csrf == null) {
            csrf = new Element("input").setAttribute("type", "hidden");
            getElement().appendChild(csrf);
        }
        csrf.setAttribute("name", token.getParameterName()).setAttribute("value", token.getToken());
    }
}
