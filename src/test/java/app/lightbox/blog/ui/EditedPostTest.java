package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.InvalidPostException;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.blog.ui.EditedPost.Outcome;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
class EditedPostTest {

    @Autowired
    PostService posts;

    @Autowired
    UserAccountService accounts;

    Actor author;
    EditedPost editing;

    @BeforeEach
    void anAuthor() {
        author = newAccount("edited");
        editing = new EditedPost(posts, author);
    }

    private Actor newAccount(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        return ((Registration.Registered) accounts.register(name, "correct horse")).user().toActor();
    }

    @Test
    void a_new_post_without_title_or_text_is_not_created() {
        assertThat(editing.save(" ", "\n")).isInstanceOf(Outcome.NothingToSave.class);

        assertThat(editing.current()).isEmpty();
        assertThat(posts.listDrafts(author, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void the_first_save_creates_the_post_and_later_ones_save_over_the_version_just_saved() {
        Outcome first = editing.save("Title", "one");
        Outcome second = editing.save("Title", "two");
        Outcome third = editing.save("Title", "three");

        assertThat(first).isInstanceOfSatisfying(Outcome.Done.class, d -> assertThat(d.created()).isTrue());
        assertThat(second).isInstanceOfSatisfying(Outcome.Done.class, d -> assertThat(d.created()).isFalse());
        assertThat(third).isInstanceOf(Outcome.Done.class);
        PostDetails stored = posts.find(editing.current().orElseThrow().id(), author).orElseThrow();
        assertThat(stored.body()).isEqualTo("three");
        assertThat(posts.listDrafts(author, PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void a_save_over_a_version_someone_else_replaced_is_stale_and_changes_nothing() {
        PostDetails post = posts.create("Shared", "original", author);
        editing.open(post);
        posts.update(post.id(), post.version(), "Shared", "theirs", author);

        assertThat(editing.save("Shared", "mine")).isInstanceOf(Outcome.Stale.class);

        assertThat(posts.find(post.id(), author).orElseThrow().body()).isEqualTo("theirs");
        assertThat(editing.current()).contains(post);
    }

    @Test
    void after_the_post_is_deleted_every_save_says_so() {
        PostDetails post = posts.create("Doomed", "text", author);
        editing.open(post);
        posts.delete(post.id(), author);

        assertThat(editing.save("Doomed", "more")).isInstanceOf(Outcome.Deleted.class);
        assertThat(editing.isDeleted()).isTrue();
        assertThat(editing.save("Doomed", "even more")).isInstanceOf(Outcome.Deleted.class);
        assertThat(editing.togglePublished()).isInstanceOf(Outcome.Deleted.class);
    }

    @Test
    void someone_elses_post_is_denied() {
        PostDetails theirs = posts.create("Theirs", "text", newAccount("owner"));
        editing.open(theirs);

        assertThat(editing.save("Mine now", "text")).isInstanceOf(Outcome.Denied.class);
    }

    @Test
    void a_published_post_needs_its_title() {
        editing.save("Title", "text");
        editing.togglePublished();

        Outcome outcome = editing.save("", "text");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class,
                i -> assertThat(i.problem().field()).isEqualTo(InvalidPostException.Field.TITLE));
    }

    @Test
    void publishes_and_unpublishes_the_saved_post() {
        editing.save("Title", "text");

        assertThat(editing.togglePublished()).isInstanceOf(Outcome.Done.class);
        assertThat(editing.isPublished()).isTrue();
        assertThat(posts.find(editing.current().orElseThrow().id(), null)).isPresent();

        assertThat(editing.togglePublished()).isInstanceOf(Outcome.Done.class);
        assertThat(editing.isPublished()).isFalse();
        assertThat(posts.find(editing.current().orElseThrow().id(), null)).as("a draft again").isEmpty();
    }

    @Test
    void text_that_cannot_be_saved_over_the_post_is_kept_as_a_new_draft() {
        PostDetails post = posts.create("Shared", "original", author);
        editing.open(post);
        posts.update(post.id(), post.version(), "Shared", "theirs", author);
        editing.save("Shared", "mine");
        String longTitle = "x".repeat(PostService.TITLE_MAX) + " (unsaved copy)";

        PostDetails copy = editing.keepAsCopy(longTitle, "mine").orElseThrow();

        assertThat(copy.id()).isNotEqualTo(post.id());
        assertThat(copy.published()).isFalse();
        assertThat(copy.title()).hasSize(PostService.TITLE_MAX);
        assertThat(posts.find(copy.id(), author).orElseThrow().body()).isEqualTo("mine");
        assertThat(posts.find(post.id(), author).orElseThrow().body()).isEqualTo("theirs");
    }

    @Test
    void a_post_never_saved_has_nothing_to_copy() {
        assertThat(editing.keepAsCopy("Copy", "text")).isEmpty();
    }
}
