package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import app.lightbox.base.ui.AccessDeniedView;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** What an empty blog and a refusal tell people to do next. */
@SpringBootTest
class FirstStepsViewTest extends SpringBrowserlessTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    UserAccountService accounts;

    @Autowired
    PostService posts;

    @BeforeEach
    void a_fresh_install() {
        TestDatabase.truncateAll(dataSource);
    }

    /** The front page, read anew: the test's UI may have opened it before the database was emptied. */
    private void openFrontPage() {
        navigate(PostListView.class);
    }

    @Test
    void the_first_visitor_of_a_fresh_install_is_told_to_create_the_first_account() {
        openFrontPage();

        Paragraph empty = find(Paragraph.class).withClassName("empty-state").single();
        assertThat(empty.getElement().getTextRecursively()).contains("Lightbox is new").contains("first account");
        assertThat(find(Anchor.class, empty).single().getHref()).isEqualTo("register");
    }

    @Test
    void once_there_are_accounts_a_visitor_is_told_to_sign_in() {
        accounts.register("firststeps", "correct horse");

        openFrontPage();

        Paragraph empty = find(Paragraph.class).withClassName("empty-state").single();
        assertThat(empty.getElement().getTextRecursively()).contains("Sign in to write the first one");
        assertThat(find(Anchor.class, empty).single().getHref()).isEqualTo("login");
    }

    @Test
    @WithMockUser(username = "firststeps")
    void a_member_is_told_to_write_the_first_post() {
        accounts.register("firststeps", "correct horse");

        openFrontPage();

        assertThat(find(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo("No posts yet. Start the first one with “New post”.");
    }

    @Test
    @WithMockUser(username = "stranger")
    void the_not_allowed_page_offers_a_way_home_and_a_way_to_sign_in_as_someone_else() {
        accounts.register("owner", "correct horse");
        accounts.register("stranger", "correct horse");
        var owner = accounts.findByUsername("owner").orElseThrow().toActor();
        PostDetails draft = posts.create("Not yours", "text", owner);
        PostDetails post = posts.publish(draft.id(), draft.version(), owner);

        navigate("posts/" + post.id() + "/edit", AccessDeniedView.class);

        assertThat(find(RouterLink.class).withText("Back to the blog").exists()).isTrue();
        assertThat(find(Button.class).withText("Sign in as someone else").exists()).isTrue();
    }
}
