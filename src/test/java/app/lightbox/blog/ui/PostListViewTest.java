package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.ui.SentToBrowser;
import app.lightbox.base.ui.SentToBrowser.AddressChange;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.blog.PostSummary;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The blog's front page keeps its search in the address. */
@SpringBootTest
class PostListViewTest extends SpringBrowserlessTest {

    @Autowired
    PostService posts;

    @Autowired
    UserAccountService accounts;

    String tag;

    @BeforeEach
    void twoPublishedPostsWithATagAndOneWithout() {
        accounts.register("listauthor", "correct horse");
        Actor author = accounts.findByUsername("listauthor").orElseThrow().toActor();
        tag = "t" + System.nanoTime();
        publish("Boats " + tag, author);
        publish("Cars " + tag, author);
        publish("Trains", author);
    }

    private void publish(String title, Actor author) {
        PostDetails draft = posts.create(title, "text", author);
        posts.publish(draft.id(), draft.version(), author);
    }

    @Test
    void an_address_with_a_search_shows_the_posts_matching_it() {
        SentToBrowser.take();
        UI.getCurrent().navigate(PostListView.class, QueryParameters.of("q", tag));

        assertThat(find(TextField.class).single().getValue()).isEqualTo(tag);
        assertThat(shownTitles()).containsExactly("Cars " + tag, "Boats " + tag);
        assertThat(SentToBrowser.take().rewrites()).isEmpty();
    }

    @Test
    void typing_a_search_rewrites_the_address_without_a_new_history_entry() {
        navigate(PostListView.class);
        SentToBrowser.take();

        test(find(TextField.class).single()).setValue("Boats " + tag);

        assertThat(shownTitles()).containsExactly("Boats " + tag);
        assertThat(SentToBrowser.take().addressChanges()).singleElement().satisfies(change -> {
            assertThat(change.newEntry()).isFalse();
            assertThat(change.path()).isEmpty();
            assertThat(change.query()).isEqualTo(java.util.Map.of("q", List.of("Boats " + tag)));
        });

        test(find(TextField.class).single()).setValue("");

        assertThat(SentToBrowser.take().addressChanges()).singleElement().isEqualTo(new AddressChange(".", false)); // the root
    }

    @Test
    void the_blog_opened_again_without_a_search_in_its_address_shows_every_post() {
        UI.getCurrent().navigate(PostListView.class, QueryParameters.of("q", tag));

        navigate(PostListView.class); // its menu entry

        assertThat(find(TextField.class).single().getValue()).isEmpty();
        assertThat(shownTitles()).contains("Trains", "Boats " + tag);
    }

    @SuppressWarnings("unchecked")
    private List<String> shownTitles() {
        var list = test((VirtualList<PostSummary>) find(VirtualList.class).single());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            titles.add(list.getItem(i).title());
        }
        return titles;
    }
}
