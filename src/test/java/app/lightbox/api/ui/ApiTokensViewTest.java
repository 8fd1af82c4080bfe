package app.lightbox.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.api.ApiTokenService;
import app.lightbox.api.ApiTokenSummary;
import app.lightbox.api.ApiTokenSummary.State;
import app.lightbox.api.TokenScope;
import app.lightbox.base.ui.UserTime;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "tokenuser")
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserAccountService accounts;

    Actor user;

    @BeforeEach
    void account() {
        accounts.register("tokenuser", "correct horse");
        accounts.register("tokennewbie", "correct horse");
        user = accounts.findByUsername("tokenuser").orElseThrow().toActor();
    }

    @Test
    void the_user_menu_leads_to_the_page() {
        navigate("", com.vaadin.flow.component.Component.class);
        MenuItem entry = find(MenuBar.class).single().getItems().getFirst().getSubMenu().getItems().stream()
                .filter(item -> item.getText().equals("API tokens")).findFirst().orElseThrow();

        ComponentUtil.fireEvent(entry, new ClickEvent<>(entry));

        assertThat(find(ApiTokensView.class).exists()).isTrue();
        assertThat(find(H1.class).single().getText()).isEqualTo("API tokens");
    }

    @Test
    @WithMockUser(username = "tokennewbie")
    void without_tokens_the_page_says_so_and_explains_they_are_shown_once() {
        navigate(ApiTokensView.class);

        assertThat(find(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo("You have no API tokens yet.");
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().contains("cannot show it again"));
    }

    @Test
    void a_new_token_is_shown_once_with_the_tools_settings_and_forgotten_when_the_dialog_closes() {
        navigate(ApiTokensView.class);
        String name = "ShareX " + System.nanoTime();
        test(find(TextField.class).withClassName("token-name").single()).setValue(name);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TokenScope> scope = find(RadioButtonGroup.class).single();
        scope.setValue(TokenScope.FULL);

        test(find(Button.class).withClassName("create-token").single()).click();

        NewTokenDialog dialog = find(NewTokenDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        String secret = find(TextField.class, dialog).single().getValue();
        assertThat(secret).matches("lbx_[0-9A-Za-z]{43}");
        assertThat(tokens.authenticate(secret)).hasValueSatisfying(t -> assertThat(t.scope()).isEqualTo(TokenScope.FULL));
        assertThat(find(Details.class, dialog).all()).extracting(d -> d.getElement().getAttribute("data-tool"))
                .containsExactly("sharex", "piclist", "picgo", "shell", "curl");
        assertThat(find(TextArea.class, dialog).all()).hasSize(5)
                .allMatch(area -> area.getValue().contains(secret), "with the token")
                // absolute, as the tools need them (where Spring sees no request: PageAddressTest)
                .allMatch(area -> area.getValue().matches("(?s).*[\"']https?://[^\"'/]+[^\"']*/api/v1/images[\"'].*"),
                        "an absolute upload address");
        assertThat(find(Anchor.class, dialog).withClassName("sharex-download").single().getHref()).isNotBlank();
        assertThat(find(Button.class, dialog).withClassName("copy-text").all()).hasSize(6)
                .allMatch(button -> button.getElement().getAttribute("aria-label").startsWith("Copy: "));
        ListItem listed = find(ListItem.class).withClassName("token-card").all().getFirst();
        assertThat(listed.getElement().getTextRecursively()).startsWith(name + "Active" + "lbx_…" + secret.substring(43))
                .contains("Full access", "Never used", "Does not expire");

        assertThat(texts(UI.getCurrent().getElement())).anyMatch(text -> text.contains(secret));

        dialog.close();

        assertThat(find(NewTokenDialog.class).exists()).isFalse();
        assertThat(texts(UI.getCurrent().getElement())).noneMatch(text -> text.contains(secret));
        assertThat(texts(dialog.getElement())).noneMatch(text -> text.contains(secret));
    }

    @Test
    void a_token_needs_a_name_and_the_form_says_so() {
        navigate(ApiTokensView.class);
        int before = tokens.list(user).size();

        test(find(Button.class).withClassName("create-token").single()).click();

        TextField name = find(TextField.class).withClassName("token-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the token a name.");
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(tokens.list(user)).hasSize(before);
    }

    @Test
    void a_picked_day_is_the_last_the_token_works() {
        navigate(ApiTokensView.class);
        String name = "CI " + System.nanoTime();
        LocalDate last = LocalDate.now(UserTime.zone()).plusDays(3);
        test(find(TextField.class).withClassName("token-name").single()).setValue(name);
        find(DatePicker.class).single().setValue(last);

        test(find(Button.class).withClassName("create-token").single()).click();

        ApiTokenSummary created = tokens.list(user).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.expiresAt()).isEqualTo(last.plusDays(1).atStartOfDay(UserTime.zone()).toInstant());
        assertThat(created.scope()).isEqualTo(TokenScope.UPLOAD);
    }

    @Test
    void revoking_asks_first_then_the_token_stops_and_is_listed_as_revoked() {
        String name = "old laptop " + System.nanoTime();
        String secret = ((app.lightbox.api.TokenCreation.Created) tokens.create(user, name, TokenScope.UPLOAD, null)).secret();
        navigate(ApiTokensView.class);

        test(find(Button.class).withAriaLabel("Revoke the token “" + name + "”").single()).click();
        assertThat(tokens.authenticate(secret)).isPresent();
        Dialog confirmation = find(Dialog.class).withClassName("destructive-confirmation").single();
        test(find(Button.class, confirmation).withClassName("confirm-destructive").single()).click();

        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(tokens.list(user)).filteredOn(t -> t.name().equals(name)).extracting(ApiTokenSummary::state)
                .containsExactly(State.REVOKED);
        ListItem listed = find(ListItem.class).withClassName("token-card").all().stream()
                .filter(item -> item.getElement().getTextRecursively().startsWith(name)).findFirst().orElseThrow();
        assertThat(listed.getElement().getTextRecursively()).contains("Revoked");
        assertThat(find(Button.class, listed).exists()).isFalse();
    }

    @Test
    void after_a_revoke_the_focus_goes_to_the_next_tokens_revoke_button_then_to_the_lists_heading() {
        tokens.list(user).stream().filter(t -> t.state() == State.ACTIVE).forEach(t -> tokens.revoke(user, t.id()));
        tokens.create(user, "older", TokenScope.UPLOAD, null);
        tokens.create(user, "newer", TokenScope.UPLOAD, null);
        navigate(ApiTokensView.class);

        revoke("newer");

        assertThat(focusWentTo(find(Button.class).withAriaLabel("Revoke the token “older”").single())).isTrue();

        revoke("older");

        H2 heading = find(H2.class).withText("Your tokens").single();
        assertThat(focusWentTo(heading)).isTrue();
        assertThat(heading.getElement().getAttribute("tabindex")).as("not in the Tab order").isEqualTo("-1");
    }

    private void revoke(String name) {
        test(find(Button.class).withAriaLabel("Revoke the token “" + name + "”").single()).click();
        Dialog confirmation = find(Dialog.class).withClassName("destructive-confirmation").single();
        test(find(Button.class, confirmation).withClassName("confirm-destructive").single()).click();
    }

    /** Whether the server asked the browser to focus this component (the last of what it asked since last time). */
    private static boolean focusWentTo(Component component) {
        List<PendingJavaScriptInvocation> asked = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()
                .stream().filter(js -> js.getInvocation().getExpression().contains("this.focus()")).toList();
        return !asked.isEmpty() && asked.getLast().getOwner() == component.getElement().getNode();
    }

    @Test
    void the_page_speaks_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate(ApiTokensView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("API 令牌");
        assertThat(find(Button.class).withClassName("create-token").single().getText()).isEqualTo("创建令牌");
        assertThat(find(DatePicker.class).single().getI18n().getMonthNames().getFirst()).isEqualTo("一月");
    }

    /** Every text, attribute and property value in the element and below it. */
    private static List<String> texts(Element element) {
        Stream<String> own = Stream.concat(Stream.of(element.getText()), Stream.concat(
                element.getAttributeNames().map(element::getAttribute),
                element.getPropertyNames().map(name -> String.valueOf(element.getPropertyRaw(name)))));
        return Stream.concat(own, element.getChildren().flatMap(child -> texts(child).stream())).toList();
    }
}
