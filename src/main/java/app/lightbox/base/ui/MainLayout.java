package app.lightbox.base.ui;

import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every view: the brand, the navigation built from the views' {@code @Menu}
 * annotations (their titles are message keys; entries the user may not open are left out), and
 * the {@link UserMenu}.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements HasDynamicTitle, AfterNavigationObserver {

    /** The view shown last, so that a navigation within it does not scroll it back to its top. */
    private @Nullable Component lastView;

    MainLayout(CurrentUser currentUser, ObjectProvider<UserMenuEntry> userPages) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.layout.menu-toggle"));
        addToNavbar(true, toggle, new UserMenu(currentUser, userPages.orderedStream().toList()));
        addToDrawer(brand(), navigation());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        UserTime.rememberZone(event.getUI());
    }

    /**
     * A view opened from another starts at its top, as a new page would. The layout's content area is
     * what scrolls, and it is the same element for every view: left alone, a view would open at the
     * last one's scroll position (after Publish, say, or Back), which no browser restores either.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component view = getContent();
        // the same view at another address (the library's viewer opened or closed over it) keeps its place
        if (view != null && !event.isRefreshEvent() && view != lastView) {
            view.scrollIntoView();
        }
        lastView = view;
    }

    /**
     * The app's name as the title of a view that sets none, so that no page is left without one.
     * Flow asks the view first, then its layouts, and only then reads {@code @PageTitle}; so answer
     * nothing (null) for a view with that annotation.
     */
    @Override
    public String getPageTitle() {
        Component view = getContent();
        for (Class<?> c = view == null ? null : view.getClass(); c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(PageTitle.class)) {
                return null;
            }
        }
        return getTranslation("base.app.name");
    }

    private Component brand() {
        Anchor home = new Anchor("", new Icon(VaadinIcon.PICTURE), new Span(getTranslation("base.app.name")));
        home.getElement().setAttribute("router-link", true);
        home.addClassName("brand");
        return home;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("base.layout.navigation"));
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
