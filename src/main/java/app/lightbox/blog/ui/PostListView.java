package app.lightbox.blog.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("")
@Menu(order = 0, icon = "vaadin:newspaper", title = "blog.menu.posts")
@AnonymousAllowed
public class PostListView extends Main {

    PostListView() {
        add(new H1(getTranslation("blog.list.title")));
    }
}
