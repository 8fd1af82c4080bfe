package app.lightbox.blog.ui;

import app.lightbox.base.ui.DestructiveConfirmation;
import app.lightbox.base.ui.UserTime;
import app.lightbox.blog.MarkdownRenderer;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.security.Actor;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One post, for anyone; its author and admins also get Edit and Delete. */
@Route("posts/:id(\\d{1,18})")
@AnonymousAllowed
public class PostView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PostService posts;
    private final CurrentUser currentUser;
    private final MarkdownRenderer renderer;
    private String title = "";

    PostView(PostService posts, CurrentUser currentUser, MarkdownRenderer renderer) {
        this.posts = posts;
        this.renderer = renderer;
        this.currentUser = currentUser;
        addClassNames("page", "post-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        PostDetails post = posts.find(id, currentUser.actor().orElse(null)).orElse(null);
        if (post == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(post);
    }

    private void show(PostDetails post) {
        removeAll();
        title = post.title().isBlank() ? getTranslation("blog.post.untitled") : post.title();
        Span meta = new Span(getTranslation("blog.post.meta", post.authorName(),
                UserTime.dateTime(post.published() ? post.publishedAt() : post.updatedAt())));
        meta.addClassName("post-meta");
        Article article = new Article(new H1(title), meta);
        if (!post.published()) {
            Paragraph notice = new Paragraph(getTranslation("blog.post.draft-notice"));
            notice.addClassName("draft-notice");
            article.add(notice);
        } else if (post.pending() != null) {
            // only those who may change the post are given its pending changes
            Paragraph notice = new Paragraph(getTranslation("blog.post.pending-notice",
                    UserTime.dateTime(post.pending().savedAt())));
            notice.addClassName("draft-notice");
            article.add(notice);
        }
        article.add(new PostBody(renderer, post.body()));
        Actor actor = currentUser.actor().orElse(null);
        if (posts.mayChange(post, actor)) {
            Button edit = new Button(getTranslation("base.action.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(PostEditorView.class,
                            new RouteParameters("id", String.valueOf(post.id())))));
            Button delete = new Button(getTranslation("base.action.delete"), VaadinIcon.TRASH.create(),
                    e -> confirmDelete(post, actor));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div actions = new Div(edit, delete);
            actions.addClassName("post-actions");
            article.add(actions);
        }
        add(article);
    }

    private void confirmDelete(PostDetails post, Actor actor) {
        DestructiveConfirmation.delete(getTranslation("blog.delete.title"), getTranslation("blog.delete.message", post.title()),
                () -> {
                    posts.delete(post.id(), actor);
                    Notification.show(getTranslation("blog.delete.done", post.title()));
                    getUI().ifPresent(ui -> ui.navigate(PostListView.class));
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("blog.post.page-title", title);
    }
}
