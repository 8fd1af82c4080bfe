package app.lightbox.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.blog.ui.PostEditorView;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class ClosePagesAtShutdownTest extends SpringBrowserlessTest {

    @Autowired
    ClosePagesAtShutdown shutdown;

    @Autowired
    PostService posts;

    @Autowired
    UserAccountService accounts;

    @Test
    @WithMockUser(username = "shutdownwriter")
    void stopping_the_application_saves_what_an_open_editor_holds_while_the_database_is_there() {
        accounts.register("shutdownwriter", "correct horse");
        Actor author = accounts.findByUsername("shutdownwriter").orElseThrow().toActor();
        PostDetails post = posts.create("Open at shutdown", "before", author);
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        test(find(TextArea.class).single()).setValue("typed just before the restart");
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();

        shutdown.stop();

        assertThat(session.getUIs()).as("the page is closed").doesNotContain(ui);
        assertThat(posts.find(post.id(), author).orElseThrow().body()).isEqualTo("typed just before the restart");
        shutdown.start();
    }

    @Test
    @WithMockUser(username = "shutdownwriter")
    void text_that_cannot_go_over_its_post_is_kept_in_a_copy_titled_in_the_writers_language() {
        accounts.register("shutdownwriter", "correct horse");
        Actor author = accounts.findByUsername("shutdownwriter").orElseThrow().toActor();
        String title = "Stale at shutdown " + System.nanoTime();
        PostDetails post = posts.create(title, "before", author);
        UI.getCurrent().getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        posts.update(post.id(), post.version(), title, "saved elsewhere", author);
        test(find(TextArea.class).single()).setValue("mine");
        UI ui = UI.getCurrent();

        // the shutdown hook's thread has no current UI
        UI.setCurrent(null);
        try {
            shutdown.stop();
        } finally {
            UI.setCurrent(ui);
            shutdown.start();
        }

        assertThat(posts.listDrafts(author, PageRequest.of(0, 100)).getContent())
                .anySatisfy(draft -> assertThat(draft.title()).isEqualTo(title + "（未保存的副本）"));
    }
}
