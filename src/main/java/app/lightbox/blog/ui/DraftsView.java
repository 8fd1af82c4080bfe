package app.lightbox.blog.ui;

import app.lightbox.base.ui.ServicePages;
import app.lightbox.base.ui.UserTime;
import app.lightbox.blog.PostService;
import app.lightbox.blog.PostSummary;
import app.lightbox.security.Actor;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import app.lightbox.base.NotFoundException;
import app.lightbox.base.ui.DestructiveConfirmation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** The writer's own drafts, most recently edited first; each opens in the editor. */
@Route("drafts")
@Menu(order = 2, icon = "vaadin:pencil", title = "blog.menu.drafts")
@PermitAll
public class DraftsView extends Main implements HasDynamicTitle {

    private final PostService posts;
    private final Actor actor;
    private final VirtualList<PostSummary> list = new VirtualList<>();

    DraftsView(PostService posts, CurrentUser currentUser) {
        this.posts = posts;
        addClassNames("page", "post-list-page");
        this.actor = currentUser.require();
        add(new H1(getTranslation("blog.drafts.title")));
        if (posts.countDrafts(actor) == 0) {
            Paragraph empty = new Paragraph(getTranslation("blog.drafts.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        list.addClassName("post-list");
        list.setRenderer(new ComponentRenderer<>(this::card));
        list.setDataProvider(ServicePages.of(page -> posts.listDrafts(actor, page), () -> posts.countDrafts(actor)));
        list.getElement().setAttribute("aria-label", getTranslation("blog.drafts.title"));
        add(list);
    }

    private Component card(PostSummary draft) {
        String title = draft.title().isBlank() ? getTranslation("blog.post.untitled") : draft.title();
        RouterLink link = new RouterLink(title, PostEditorView.class, new RouteParameters("id", String.valueOf(draft.id())));
        Span meta = new Span(getTranslation("blog.drafts.edited", UserTime.dateTime(draft.updatedAt())));
        meta.addClassName("post-meta");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(draft, title));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("blog.drafts.delete", title));
        delete.setTooltipText(getTranslation("base.action.delete"));
        Article card = new Article(new H2(link), meta, new Paragraph(draft.excerpt()), delete);
        card.addClassName("post-card");
        return card;
    }

    private void confirmDelete(PostSummary draft, String title) {
        DestructiveConfirmation.delete(getTranslation("blog.delete.draft-title"), getTranslation("blog.delete.message", title),
                () -> {
                    try {
                        posts.delete(draft.id(), actor);
                    } catch (NotFoundException e) {
                        // deleted meanwhile (another tab): gone either way
                    }
                    Notification.show(getTranslation("blog.delete.done", title));
                    if (posts.countDrafts(actor) == 0) {
                        getUI().ifPresent(ui -> ui.getPage().reload()); // the page then says there are none
                    } else {
                        list.getDataProvider().refreshAll();
                    }
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("blog.drafts.page-title");
    }
}
