package app.lightbox.api.ui;

import app.lightbox.api.ApiTokenService;
import app.lightbox.api.ToolConfigs;
import app.lightbox.base.PublicAddress;
import app.lightbox.base.ui.PageAddress;
import app.lightbox.security.Actor;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * The user's API tokens: a form that creates one (its secret and the tool settings made with it are shown
 * once, in a {@link NewTokenDialog}) and the list of those there are, with a way to revoke each. Reached
 * from the user menu ({@link ApiTokensMenuEntry}).
 */
@Route(ApiTokensView.ROUTE)
@PermitAll
public class ApiTokensView extends Main implements HasDynamicTitle {

    static final String ROUTE = "tokens";

    ApiTokensView(ApiTokenService tokens, CurrentUser currentUser, PublicAddress address, Clock clock) {
        addClassNames("page", "api-tokens-page");
        Actor actor = currentUser.require();
        TokenList list = new TokenList(tokens, actor);
        NewTokenForm form = new NewTokenForm(tokens, actor, clock, created -> {
            list.refresh();
            new NewTokenDialog(created, ToolConfigs.of(PageAddress.current(address), created.secret())).open();
        });
        ListHeading listTitle = new ListHeading(getTranslation("api.tokens.list.title"));
        listTitle.setId("api-token-list-title");
        list.getElement().setAttribute("aria-labelledby", listTitle.getId().orElseThrow());
        list.setFocusWhenNoneLeft(listTitle);
        add(new H1(getTranslation("api.tokens.title")), new Paragraph(getTranslation("api.tokens.intro")), form,
                listTitle, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.tokens.page-title");
    }
}
