package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.InvalidPostException;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
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
        assertThat(editing.save(" ", "\n")).isInstanceOf(EditedPost.NothingToSave.class);

        assertThat(editing.current()).isEmpty();
        assertThat(posts.listDrafts(author, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void the_first_save_creates_the_post_and_later_ones_save_over_the_version_just_saved() {
        EditedPost.Outcome first = editing.save("Title", "one");
        EditedPost.Outcome second = editing.save("Title", "two");
        EditedPost.Outcome third = editing.save("Title", "three");

        assertThat(first).isInstanceOfSatisfying(EditedPost.Done.class, d -> assertThat(d.created()).isTrue());
        assertThat(second).isInstanceOfSatisfying(EditedPost.Done.class, d -> assertThat(d.created()).isFalse());
        assertThat(third).isInstanceOf(EditedPost.Done.class);
        PostDetails stored = posts.find(editing.current().orElseThrow().id(), author).orElseThrow();
        assertThat(stored.body()).isEqualTo("three");
        assertThat(posts.listDrafts(author, PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void a_save_over_a_version_someone_else_replaced_is_stale_and_changes_nothing() {
        PostDetails post = posts.create("Shared", "original", author);
        editing.open(post);
        posts.update(post.id(), post.version(), "Shared", "theirs", author);

        assertThat(editing.save("Shared", "mine")).isInstanceOf(EditedPost.Stale.class);

        assertThat(posts.find(post.id(), author).orElseThrow().body()).isEqualTo("theirs");
        assertThat(editing.current()).contains(post);
    }

    @Test
    void after_the_post_is_deleted_every_save_says_so() {
        PostDetails post = posts.create("Doomed", "text", author);
        editing.open(post);
        posts.delete(post.id(), author);

        assertThat(editing.save("Doomed", "more")).isInstanceOf(EditedPost.Deleted.class);
        assertThat(editing.isDeleted()).isTrue();
        assertThat(editing.save("Doomed", "even more")).isInstanceOf(EditedPost.Deleted.class);
        assertThat(editing.togglePublished()).isInstanceOf(EditedPost.Deleted.class);
    }

    @Test
    void someone_elses_post_is_denied() {
        PostDetails theirs = posts.create("Theirs", "text", newAccount("owner"));
        editing.open(theirs);

        assertThat(editing.save("Mine now", "text")).isInstanceOf(EditedPost.Denied.class);
    }

    @Test
    void a_published_post_needs_its_title() {
        editing.save("Title", "text");
        editing.togglePublished();

        EditedPost.Outcome outcome = editing.save("", "text");

        assertThat(outcome).isInstanceOfSatisfying(EditedPost.Invalid.class,
                i -> assertThat(i.problem().field()).isEqualTo(InvalidPostException.Field.TITLE));
    }

    @Test
    void publishes_and_unpublishes_the_saved_post() {
        editing.save("Title", "text");

        assertThat(editing.togglePublished()).isInstanceOf(EditedPost.Done.class);
        assertThat(editing.isPublished()).isTrue();
        assertThat(posts.find(editing.current().orElseThrow().id(), null)).isPresent();

        assertThat(editing.togglePublished()).isInstanceOf(EditedPost.Done.class);
        assertThat(editing.isPublished()).isFalse();
        assertThat(posts.find(editing.current().orElseThrow().id(), null)).as("a draft again").isEmpty();
    }

    @Test
    void once_stale_no_save_goes_to_the_database_until_the_post_is_opened_again() {
        PostDetails post = posts.create("Shared", "original", author);
        editing.open(post);
        PostDetails theirs = posts.update(post.id(), post.version(), "Shared", "theirs", author);
        editing.save("Shared", "mine");
        PostDetails again = posts.update(theirs.id(), theirs.version(), "Shared", "theirs again", author);

        assertThat(editing.save("Shared", "mine, more")).isInstanceOf(EditedPost.Stale.class);
        assertThat(editing.togglePublished()).isInstanceOf(EditedPost.Stale.class);
        assertThat(editing.isLost()).isTrue();
        assertThat(posts.find(post.id(), author).orElseThrow().version()).isEqualTo(again.version());

        editing.open(again);
        assertThat(editing.save("Shared", "mine, on the latest")).isInstanceOf(EditedPost.Done.class);
    }

    @Test
    void text_that_cannot_be_saved_over_the_post_is_kept_as_a_new_draft_which_is_edited_from_then_on() {
        PostDetails post = posts.create("Shared", "original", author);
        editing.open(post);
        posts.update(post.id(), post.version(), "Shared", "theirs", author);
        editing.save("Shared", "mine");

        PostDetails copy = editing.keepAsCopy("Shared", t -> t + " (unsaved copy)", "mine").orElseThrow();

        assertThat(copy.id()).isNotEqualTo(post.id());
        assertThat(copy.title()).isEqualTo("Shared (unsaved copy)");
        assertThat(copy.published()).isFalse();
        assertThat(posts.find(copy.id(), author).orElseThrow().body()).isEqualTo("mine");
        assertThat(posts.find(post.id(), author).orElseThrow().body()).isEqualTo("theirs");
        assertThat(editing.isLost()).isFalse();
        assertThat(editing.save("Shared (unsaved copy)", "mine, more")).isInstanceOf(EditedPost.Done.class);
        assertThat(posts.find(copy.id(), author).orElseThrow().body()).isEqualTo("mine, more");
        assertThat(posts.find(post.id(), author).orElseThrow().body()).isEqualTo("theirs");
    }

    @Test
    void a_long_title_is_shortened_before_the_copy_note_so_that_the_note_stays() {
        PostDetails post = posts.create("Long", "text", author);
        editing.open(post);
        String longTitle = "x".repeat(PostService.TITLE_MAX - 1) + "\uD83D\uDE00"; // ends with an emoji (two chars)

        PostDetails copy = editing.keepAsCopy(longTitle, t -> t + " (unsaved copy)", "text").orElseThrow();

        assertThat(copy.title()).hasSizeLessThanOrEqualTo(PostService.TITLE_MAX).endsWith("x (unsaved copy)");
    }

    @Test
    void shortening_never_cuts_a_character_in_two() {
        assertThat(EditedPost.shortened("ab\uD83D\uDE00", 3)).isEqualTo("ab");
        assertThat(EditedPost.shortened("abc", 3)).isEqualTo("abc");
        assertThat(EditedPost.shortened("ab cd", 3)).isEqualTo("ab");
    }

    @Test
    void text_too_long_for_any_post_is_not_copied_either() {
        PostDetails post = posts.create("Long", "text", author);
        editing.open(post);

        assertThat(editing.keepAsCopy("Long", t -> t + " (copy)", "x".repeat(PostService.BODY_MAX + 1))).isEmpty();
        assertThat(editing.current()).contains(post);
    }

    @Test
    void a_post_never_saved_has_nothing_to_copy() {
        assertThat(editing.keepAsCopy("Copy", t -> t, "text")).isEmpty();
    }

    @Test
    void publishing_without_a_title_is_refused_on_the_title() {
        editing.save("", "only text");

        assertThat(editing.togglePublished()).isInstanceOfSatisfying(EditedPost.Invalid.class,
                i -> assertThat(i.problem().field()).isEqualTo(InvalidPostException.Field.TITLE));
        assertThat(editing.isPublished()).isFalse();
    }
}
