package app.lightbox.blog.ui;

import app.lightbox.base.ui.UserTime;
import app.lightbox.blog.PostService;
import app.lightbox.blog.PostSummary;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** The blog's front page: every post, newest first, fetched page by page as the reader scrolls. */
@Route("")
@Menu(order = 0, icon = "vaadin:newspaper", title = "blog.menu.posts")
@AnonymousAllowed
public class PostListView extends Main implements HasDynamicTitle {

    PostListView(PostService posts, CurrentUser currentUser) {
        addClassNames("page", "post-list-page");
        Div header = new Div(new H1(getTranslation("blog.list.title")));
        header.addClassName("page-header");
        if (currentUser.actor().isPresent()) {
            Button write = new Button(getTranslation("blog.list.new"), VaadinIcon.PLUS.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PostEditorView.class)));
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(write);
        }
        add(header);

        if (posts.countPublished(null) == 0) {
            Paragraph empty = new Paragraph(getTranslation("blog.list.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        VirtualList<PostSummary> list = new VirtualList<>();
        list.addClassName("post-list");
        list.setRenderer(new ComponentRenderer<>(this::card));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> posts.listPublished(null, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, posts.countPublished(null))));
        list.getElement().setAttribute("aria-label", getTranslation("blog.list.title"));
        add(list);
    }

    private Component card(PostSummary post) {
        RouterLink title = new RouterLink(post.title(), PostView.class, new RouteParameters("id", String.valueOf(post.id())));
        H2 heading = new H2(title);
        Span meta = new Span(getTranslation("blog.post.meta", post.authorName(), UserTime.date(post.publishedAt())));
        meta.addClassName("post-meta");
        Article card = new Article(heading, meta, new Paragraph(post.excerpt()));
        card.addClassName("post-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("blog.list.page-title");
    }
}
