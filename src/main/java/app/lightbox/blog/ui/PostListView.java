package app.lightbox.blog.ui;

import app.lightbox.base.ui.ServicePages;
import app.lightbox.base.ui.UserTime;
import app.lightbox.base.ui.ViewAddress;
import app.lightbox.blog.PostService;
import app.lightbox.blog.PostSummary;
import app.lightbox.images.ImageLinks;
import app.lightbox.security.CurrentUser;
import app.lightbox.security.UserAccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The blog's front page: published posts, newest first, fetched page by page as the reader scrolls, and
 * searchable; the search is kept in the address ({@code /?q=cat}), so that Back, a reload and a link keep it.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:newspaper", title = "blog.menu.posts")
@AnonymousAllowed
public class PostListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SEARCH = "q";

    private final PostService posts;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final VirtualList<PostSummary> list = new VirtualList<>();
    private final Paragraph empty = new Paragraph();
    private final TextField search = new TextField();
    private final ViewAddress address = new ViewAddress(PostListView.class);

    PostListView(PostService posts, CurrentUser currentUser, UserAccountService accounts) {
        this.posts = posts;
        this.currentUser = currentUser;
        this.accounts = accounts;
        addClassNames("page", "post-list-page");
        Div header = new Div(new H1(getTranslation("blog.list.title")));
        header.addClassName("page-header");
        search.setPlaceholder(getTranslation("blog.list.search"));
        search.setAriaLabel(getTranslation("blog.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) { // typing rewrites the address: no history entry per search
                show(e.getValue());
                address.replace(e.getValue().isBlank() ? QueryParameters.empty()
                        : QueryParameters.of(SEARCH, e.getValue().strip()));
            }
        });
        header.add(search);
        if (currentUser.actor().isPresent()) {
            Button write = new Button(getTranslation("blog.list.new"), VaadinIcon.PLUS.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PostEditorView.class)));
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(write);
        }
        empty.addClassName("empty-state");
        list.addClassName("post-list");
        list.setRenderer(new ComponentRenderer<>(this::card));
        list.getElement().setAttribute("aria-label", getTranslation("blog.list.title"));
        add(header, empty, list);
    }

    /** Read anew on every visit, with the address's search: none when opened again from its own menu entry. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getLocation().getQueryParameters().getSingleParameter(SEARCH).orElse("");
        search.setValue(asked);
        show(asked);
    }

    private void show(String search) {
        long count = posts.countPublished(search);
        empty.removeAll();
        if (!search.isBlank()) {
            empty.setText(getTranslation("blog.list.no-match", search));
        } else if (count == 0) {
            showFirstSteps();
        }
        empty.setVisible(count == 0);
        list.setVisible(count > 0);
        list.setDataProvider(ServicePages.of(page -> posts.listPublished(search, page), () -> posts.countPublished(search)));
    }

    /** A blog with no post yet says what to do next: write one, sign in, or, on a fresh install, create the first account. */
    private void showFirstSteps() {
        if (currentUser.actor().isPresent()) {
            empty.setText(getTranslation("blog.list.empty-write"));
            return;
        }
        boolean fresh = accounts.isFirstAccount();
        empty.setText(getTranslation(fresh ? "blog.list.empty-fresh" : "blog.list.empty-sign-in"));
        Anchor start = fresh ? new Anchor("register", getTranslation("blog.list.create-first-account"))
                : new Anchor("login", getTranslation("base.layout.login"));
        start.addClassName("empty-state-action");
        empty.add(new Span(" "), start);
    }

    private Component card(PostSummary post) {
        RouterLink title = new RouterLink(post.title(), PostView.class, new RouteParameters("id", String.valueOf(post.id())));
        Span meta = new Span(getTranslation("blog.post.meta", post.authorName(), UserTime.date(post.publishedAt())));
        meta.addClassName("post-meta");
        Article card = new Article(new H2(title), meta, new Paragraph(post.excerpt()));
        card.addClassName("post-card");
        if (post.coverImage() != null) {
            Image cover = new Image(ImageLinks.thumbnailUrl(post.coverImage()), "");
            cover.getElement().setAttribute("loading", "lazy");
            cover.addClassName("post-cover");
            card.addComponentAsFirst(cover);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("blog.list.page-title");
    }
}
