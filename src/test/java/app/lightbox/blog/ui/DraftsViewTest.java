package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.PostService;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import app.lightbox.blog.PostSummary;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class DraftsViewTest extends SpringBrowserlessTest {

    @Autowired
    PostService posts;

    @Autowired
    UserAccountService accounts;

    String draftTitle;

    @BeforeEach
    void aDraftByDraftwriter() {
        accounts.register("draftwriter", "correct horse");
        accounts.register("draftreader", "correct horse");
        draftTitle = "Half-done " + System.nanoTime();
        posts.create(draftTitle, "not ready", accounts.findByUsername("draftwriter").orElseThrow().toActor());
    }

    @Test
    @WithMockUser(username = "draftwriter")
    void the_author_finds_the_draft_under_my_drafts_with_a_link_to_the_editor() {
        navigate(DraftsView.class);

        assertThat(titlesListed()).contains(draftTitle);
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> titlesListed() {
        VirtualList<PostSummary> list = find(VirtualList.class).single();
        return list.getDataProvider().fetch(new Query<>(0, 100, java.util.List.of(), null, null)).map(PostSummary::title).toList();
    }

    @Test
    @WithMockUser(username = "draftreader")
    void another_user_does_not_see_it() {
        navigate(DraftsView.class);

        if (find(VirtualList.class).exists()) {
            assertThat(titlesListed()).doesNotContain(draftTitle);
        } else {
            assertThat(find(Paragraph.class).withClassName("empty-state").single().getText())
                    .startsWith("You have no drafts");
        }
    }
}
