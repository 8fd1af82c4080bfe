package app.lightbox.api.ui;

import app.lightbox.api.ApiTokenService;
import app.lightbox.api.TokenCreation;
import app.lightbox.api.TokenCreation.Created;
import app.lightbox.api.TokenCreation.Reason;
import app.lightbox.api.TokenCreation.Refused;
import app.lightbox.api.TokenScope;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Clock;

/** Creates a token: its name, what it may do (upload only, by default) and, if ever, when it stops. */
class NewTokenForm extends Section {

    private final ApiTokenService tokens;
    private final Actor actor;
    private final SerializableConsumer<Created> onCreated;
    private final TextField name = new TextField();
    private final RadioButtonGroup<TokenScope> scope = new RadioButtonGroup<>();
    private final ExpiryPicker expiry;

    NewTokenForm(ApiTokenService tokens, Actor actor, Clock clock, SerializableConsumer<Created> onCreated) {
        this.tokens = tokens;
        this.actor = actor;
        this.onCreated = onCreated;
        this.expiry = new ExpiryPicker(clock);
        addClassName("new-token-form");
        H2 title = new H2(getTranslation("api.tokens.form.title"));
        title.setId("new-token-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());

        name.setLabel(getTranslation("api.tokens.form.name"));
        name.setHelperText(getTranslation("api.tokens.form.name-hint"));
        name.setMaxLength(ApiTokenService.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);
        name.addClassName("token-name");
        scope.setLabel(getTranslation("api.tokens.form.scope"));
        scope.setItems(TokenScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("api.tokens.scope." + s.key() + ".long"));
        scope.setValue(TokenScope.UPLOAD);
        scope.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Button create = new Button(getTranslation("api.tokens.form.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-token");
        create.addClickShortcut(Key.ENTER).listenOn(name);
        add(title, name, scope, expiry, create);
    }

    private void create() {
        name.setInvalid(false);
        expiry.setInvalid(false);
        TokenCreation result = tokens.create(actor, name.getValue(), scope.getValue(), expiry.expiresAt());
        switch (result) {
            case Created created -> {
                name.clear();
                expiry.clear();
                onCreated.accept(created);
            }
            case Refused refused -> {
                String message = getTranslation(refused.messageKey(), refused.args());
                if (refused.reason() == Reason.EXPIRY_PASSED) {
                    expiry.setErrorMessage(message);
                    expiry.setInvalid(true);
                    expiry.focus();
                } else {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                    name.focus();
                }
            }
        }
    }
}
