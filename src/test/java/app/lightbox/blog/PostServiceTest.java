package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
class PostServiceTest {

    @Autowired
    PostService posts;

    @Autowired
    UserAccountService accounts;

    Actor author;
    Actor other;

    @BeforeEach
    void accounts() {
        author = newAccount("author");
        other = newAccount("other");
    }

    private Actor newAccount(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        return ((Registration.Registered) accounts.register(name, "correct horse")).user().toActor();
    }

    @Test
    void creates_a_post_with_trimmed_title_and_a_plain_excerpt() {
        PostDetails post = posts.create("  Hello  ", "First line\n\nSecond   line", author);

        assertThat(post.title()).isEqualTo("Hello");
        assertThat(post.authorName()).isEqualTo(author.username());
        assertThat(posts.find(post.id())).contains(post);
        assertThat(posts.list(PageRequest.of(0, 5)).getContent())
                .anySatisfy(s -> {
                    assertThat(s.id()).isEqualTo(post.id());
                    assertThat(s.excerpt()).isEqualTo("First line Second line");
                });
    }

    @Test
    void lists_newest_first() {
        PostDetails older = posts.create("Older", "a", author);
        PostDetails newer = posts.create("Newer", "b", author);

        var ids = posts.list(PageRequest.of(0, 1000)).map(PostSummary::id).getContent();
        assertThat(ids.indexOf(newer.id())).isLessThan(ids.indexOf(older.id()));
    }

    @ParameterizedTest
    @CsvSource({"'', blog.editor.title-required", "'   ', blog.editor.title-required"})
    void refuses_a_missing_title(String title, String key) {
        assertThatThrownBy(() -> posts.create(title, "body", author))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> {
                    assertThat(e.field()).isEqualTo(InvalidPostException.Field.TITLE);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void refuses_a_title_over_200_characters_and_stores_nothing() {
        long before = posts.count();
        assertThatThrownBy(() -> posts.create("x".repeat(201), "body", author))
                .isInstanceOfSatisfying(InvalidPostException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("blog.editor.title-too-long"));
        assertThat(posts.count()).isEqualTo(before);
        assertThat(posts.create("x".repeat(200), "body", author).title()).hasSize(200);
    }

    @Test
    void the_author_can_edit_and_another_user_cannot() {
        PostDetails post = posts.create("Mine", "text", author);

        assertThatThrownBy(() -> posts.update(post.id(), post.version(), "Theirs", "changed", other))
                .isInstanceOf(NotPermittedException.class);
        assertThat(posts.find(post.id()).orElseThrow().title()).isEqualTo("Mine");

        PostDetails edited = posts.update(post.id(), post.version(), "Mine, edited", "new text", author);
        assertThat(edited.title()).isEqualTo("Mine, edited");
        assertThat(edited.version()).isGreaterThan(post.version());
    }

    @Test
    void an_admin_can_edit_and_delete_any_post() {
        PostDetails post = posts.create("Someone's", "text", author);
        Actor admin = new Actor(other.id(), other.username(), true);

        posts.update(post.id(), post.version(), "Moderated", "text", admin);
        posts.delete(post.id(), admin);

        assertThat(posts.find(post.id())).isEmpty();
    }

    @Test
    void saving_over_a_newer_version_is_refused() {
        PostDetails opened = posts.create("Draft", "v1", author);
        posts.update(opened.id(), opened.version(), "Draft", "v2 from another tab", author);

        assertThatThrownBy(() -> posts.update(opened.id(), opened.version(), "Draft", "v2 from this tab", author))
                .isInstanceOf(StalePostException.class);
        assertThat(posts.find(opened.id()).orElseThrow().body()).isEqualTo("v2 from another tab");
    }

    @Test
    void another_user_cannot_delete_and_missing_posts_are_reported() {
        PostDetails post = posts.create("Keep", "text", author);

        assertThatThrownBy(() -> posts.delete(post.id(), other)).isInstanceOf(NotPermittedException.class);
        assertThat(posts.find(post.id())).isPresent();
        posts.delete(post.id(), author);
        assertThatThrownBy(() -> posts.delete(post.id(), author)).isInstanceOf(NotFoundException.class);
    }
}
