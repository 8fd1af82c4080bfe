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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** The writer's own drafts, most recently edited first; each opens in the editor. */
@Route("drafts")
@Menu(order = 2, icon = "vaadin:pencil", title = "blog.menu.drafts")
@PermitAll
public class DraftsView extends Main implements HasDynamicTitle {

    DraftsView(PostService posts, CurrentUser currentUser) {
        addClassNames("page", "post-list-page");
        Actor actor = currentUser.require();
        add(new H1(getTranslation("blog.drafts.title")));
        if (posts.countDrafts(actor) == 0) {
            Paragraph empty = new Paragraph(getTranslation("blog.drafts.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        VirtualList<PostSummary> list = new VirtualList<>();
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
        Article card = new Article(new H2(link), meta, new Paragraph(draft.excerpt()));
        card.addClassName("post-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("blog.drafts.page-title");
    }
}
