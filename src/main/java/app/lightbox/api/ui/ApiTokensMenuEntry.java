package app.lightbox.api.ui;

import app.lightbox.base.ui.UserMenuEntry;
import org.springframework.stereotype.Component;

/** "API tokens" in the user menu. */
@Component
class ApiTokensMenuEntry implements UserMenuEntry {

    @Override
    public String titleKey() {
        return "api.tokens.menu";
    }

    @Override
    public String route() {
        return ApiTokensView.ROUTE;
    }
}
