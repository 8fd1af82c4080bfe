package app.lightbox.base.ui;

import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a logged-in user opens something that is not theirs to see or change. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final CurrentUser currentUser;

    AccessDeniedView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("message-page");
    }

    /** The message, and two ways on: back to the blog, or out to sign in as someone who may. */
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        RouterLink home = new RouterLink();
        home.setText(getTranslation("base.error.home"));
        home.setRoute(event.getSource().getRegistry().getNavigationTarget("").orElseThrow());
        Div ways = new Div(home);
        ways.addClassName("message-actions");
        if (currentUser.actor().isPresent()) {
            Button other = new Button(getTranslation("base.error.denied.other-account"), e -> currentUser.logout());
            other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            ways.add(other);
        }
        add(new H1(getTranslation("base.error.denied.title")),
                new Paragraph(getTranslation("base.error.denied.message")), ways);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.error.denied.title");
    }
}
