package app.lightbox.base.ui;

import app.lightbox.base.i18n.LanguagePreference;
import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.security.Actor;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Locale;

/**
 * The user menu at the top of every page: for a member, their name with the language switch, their own
 * pages that features add ({@link UserMenuEntry}) and logout; for a guest, the language switch, login and
 * registration, with a login link beside it.
 */
final class UserMenu extends Composite<Div> {

    UserMenu(CurrentUser currentUser, List<UserMenuEntry> userPages) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");

        Actor actor = currentUser.actor().orElse(null);
        MenuItem top;
        if (actor != null) {
            Avatar avatar = new Avatar(actor.username());
            avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
            avatar.getElement().setAttribute("aria-hidden", "true");
            top = menu.addItem(new HorizontalLayout(avatar, new Span(actor.username())));
            top.setAriaLabel(getTranslation("base.layout.user-menu", actor.username()));
        } else {
            top = menu.addItem(getTranslation("base.layout.guest-menu"));
        }
        SubMenu sub = top.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("base.layout.language"));
        for (Locale locale : MessageBundles.LOCALES) {
            MenuItem choice = language.getSubMenu().addItem(
                    // each language by its own name, whatever the page's language ("简体中文", not "中文 (中国)")
                    getTranslation(locale, "base.language.own-name"), e -> LanguagePreference.choose(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.equals(MessageBundles.supported(getLocale())));
        }
        if (actor != null) {
            for (UserMenuEntry page : userPages) {
                sub.addItem(getTranslation(page.titleKey()), e -> getUI().ifPresent(ui -> ui.navigate(page.route())));
            }
            sub.addItem(getTranslation("base.layout.logout"), e -> currentUser.logout());
        } else {
            sub.addItem(new Anchor("login", getTranslation("base.layout.login")));
            sub.addItem(new Anchor("register", getTranslation("base.layout.register")));
        }
        Div holder = getContent();
        holder.add(menu);
        holder.addClassName("user-menu-holder");
        if (actor == null) {
            Anchor login = new Anchor("login", getTranslation("base.layout.login"));
            login.addClassName("login-link");
            holder.addComponentAsFirst(login);
        }
    }
}
