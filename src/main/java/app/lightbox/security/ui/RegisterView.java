package app.lightbox.security.ui;

import app.lightbox.security.RegisteredSignIn;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final RegisteredSignIn signIn;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Div formError = new Div();

    RegisterView(UserAccountService accounts, RegisteredSignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
        addClassName("auth-page");
        VerticalLayout card = new VerticalLayout();
        card.addClassName("auth-card");
        card.add(new H1(getTranslation("security.register.title")));

        if (!accounts.isRegistrationOpen()) {
            card.add(new Paragraph(getTranslation("security.register.refused.closed")),
                    new RouterLink(getTranslation("security.register.login-link"), LoginView.class));
            add(card);
            return;
        }
        if (accounts.isFirstAccount()) {
            Paragraph first = new Paragraph(getTranslation("security.register.first-is-admin"));
            first.addClassName("notice");
            card.add(first);
        }
        username.setLabel(getTranslation("security.register.username"));
        username.setHelperText(getTranslation("security.register.username-help", UserAccountService.USERNAME_MAX));
        username.setRequiredIndicatorVisible(true);
        username.setManualValidation(true);
        username.setMaxLength(UserAccountService.USERNAME_MAX);
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setWidthFull();
        password.setLabel(getTranslation("security.register.password"));
        password.setHelperText(getTranslation("security.register.password-help",
                UserAccountService.PASSWORD_MIN, UserAccountService.PASSWORD_MAX_BYTES));
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        Button submit = new Button(getTranslation("security.register.submit"), e -> register());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        card.add(username, password, formError, submit,
                new Paragraph(new RouterLink(getTranslation("security.register.login-link"), LoginView.class)));
        add(card);
    }

    private void register() {
        username.setInvalid(false);
        password.setInvalid(false);
        formError.setText("");
        switch (accounts.register(username.getValue(), password.getValue())) {
            case Registration.Registered registered -> signIn(registered);
            case Registration.Refused refused -> {
                String message = getTranslation(refused.messageKey(), refused.args());
                switch (refused.field()) {
                    case USERNAME -> {
                        username.setErrorMessage(message);
                        username.setInvalid(true);
                        username.focus();
                    }
                    case PASSWORD -> {
                        password.setErrorMessage(message);
                        password.setInvalid(true);
                        password.focus();
                    }
                    case FORM -> formError.setText(message);
                }
            }
        }
    }

    /**
     * The new member is signed in and goes on where they were going, by a new page load: the page is
     * built anew for a member, with the session's new id.
     */
    private void signIn(Registration.Registered registered) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String target = signIn.signIn(registered, request.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse(), request.getContextPath() + "/");
        UI.getCurrent().getPage().setLocation(target);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.register.page-title");
    }
}
