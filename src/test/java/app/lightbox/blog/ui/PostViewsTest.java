package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.TestImages;
import app.lightbox.base.MovableClock;
import app.lightbox.base.ui.AccessDeniedView;
import app.lightbox.base.ui.ManualUiTimers;
import app.lightbox.base.ui.NotFoundView;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import app.lightbox.blog.PostSummary;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageService;
import app.lightbox.images.ui.RefusalList;
import app.lightbox.images.ImageSnippets;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoreResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@Import(ManualUiTimers.Config.class)
class PostViewsTest extends SpringBrowserlessTest {

    @Autowired
    PostService posts;

    @Autowired
    UserAccountService accounts;

    @Autowired
    ImageService images;

    @Autowired
    ImageDeletions deletions;

    @Autowired
    MovableClock clock;

    @Autowired
    ManualUiTimers timers;

    Actor author;
    PostDetails post;

    @BeforeEach
    void aPublishedPostByViewAuthor() {
        timers.clear();
        author = account("viewauthor");
        account("viewother");
        PostDetails draft = posts.create("A <b>bold</b> title", "<script>alert(1)</script>\nsecond line & more", author);
        post = posts.publish(draft.id(), draft.version(), author);
    }

    private Actor account(String name) {
        accounts.register(name, "correct horse");
        return accounts.findByUsername(name).orElseThrow().toActor();
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void shows_the_body_as_escaped_text_with_its_line_breaks() {
        navigate("posts/" + post.id(), PostView.class);

        PostBody body = find(PostBody.class).single();
        String html = body.getElement().getProperty("innerHTML");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("<br>");
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void the_author_sees_edit_and_delete() {
        navigate("posts/" + post.id(), PostView.class);

        assertThat(find(Button.class).withText("Edit").exists()).isTrue();
        assertThat(find(Button.class).withText("Delete").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "viewother")
    void another_user_sees_neither_edit_nor_delete() {
        navigate("posts/" + post.id(), PostView.class);

        assertThat(find(Button.class).withText("Edit").exists()).isFalse();
        assertThat(find(Button.class).withText("Delete").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "viewother")
    void another_user_opening_the_edit_url_is_denied_and_nothing_changes() {
        navigate("posts/" + post.id() + "/edit", AccessDeniedView.class);

        assertThat(find(TextField.class).exists()).isFalse();
        assertThat(posts.find(post.id(), author).orElseThrow().version()).isEqualTo(post.version());
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void the_author_edits_and_saves() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);

        test(find(TextField.class).single()).setValue("Edited title");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(posts.find(post.id(), author).orElseThrow().editedTitle()).isEqualTo("Edited title");
        assertThat(find(Span.class).withClassName("save-status").single().getText()).startsWith("Saved at");
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void changes_to_a_published_post_wait_unseen_by_readers_until_update() {
        String published = post.body();
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);

        test(find(TextArea.class).single()).setValue("…not fini");
        clock.advance(Duration.ofSeconds(3));
        timers.runDue();

        assertThat(posts.find(post.id(), null).orElseThrow().body()).as("what readers see").isEqualTo(published);
        assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).isEqualTo("…not fini");
        assertThat(find(Span.class).withClassName("post-state").single().getText())
                .startsWith("Published · unpublished changes saved at");
        assertThat(find(Button.class).withText("Discard changes").exists()).isTrue();

        test(find(TextArea.class).single()).setValue("…now finished.");
        test(find(Button.class).withText("Update").single()).click();

        assertThat(posts.find(post.id(), null).orElseThrow().body()).isEqualTo("…now finished.");
        assertThat(getCurrentView()).isInstanceOf(PostView.class);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void discarding_changes_asks_first_and_then_shows_the_published_text() {
        String published = post.body();
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        test(find(TextArea.class).single()).setValue("A change I regret");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).isEqualTo("A change I regret");

        test(find(Button.class).withText("Discard changes").single()).click();
        Dialog question = find(Dialog.class).single();
        test(find(Button.class, question).withText("Discard changes").single()).click();

        assertThat(find(TextArea.class).single().getValue()).isEqualTo(published);
        assertThat(posts.find(post.id(), author).orElseThrow().hasPendingChanges()).isFalse();
        assertThat(find(Span.class).withClassName("post-state").single().getText()).isEqualTo("Published");
        assertThat(find(Button.class).withText("Discard changes").exists()).as("no changes to discard").isFalse();
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void an_earlier_version_from_the_history_comes_back_as_changes_that_readers_do_not_see_yet() {
        String first = post.body();
        PostDetails changed = posts.update(post.id(), post.version(), post.title(), "Second version", author);
        posts.publishChanges(changed.id(), changed.version(), author);
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);

        test(find(Button.class).withText("History").single()).click();
        Dialog history = find(Dialog.class).single();
        List<Details> versions = find(Details.class, history).all();
        assertThat(versions).hasSize(2);
        versions.getLast().setOpened(true);
        test(find(Button.class, history).withText("Restore into the editor").single()).click();

        assertThat(find(TextArea.class).single().getValue()).isEqualTo(first);
        assertThat(posts.find(post.id(), null).orElseThrow().body()).isEqualTo("Second version");
        assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).isEqualTo(first);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void restoring_a_version_over_unpublished_changes_asks_first() {
        PostDetails changed = posts.update(post.id(), post.version(), post.title(), "Unpublished work", author);
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);

        test(find(Button.class).withText("History").single()).click();
        Dialog history = find(Dialog.class).single();
        find(Details.class, history).single().setOpened(true);
        test(find(Button.class, history).withText("Restore into the editor").single()).click();

        Dialog question = find(Dialog.class).single();
        assertThat(question.getHeaderTitle()).isEqualTo("Replace the text in the editor?");
        test(find(Button.class, question).withText("Keep my text").single()).click();
        assertThat(find(TextArea.class).single().getValue()).isEqualTo("Unpublished work");
        assertThat(posts.find(post.id(), author).orElseThrow().version()).isEqualTo(changed.version());
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void a_draft_is_deleted_from_the_editor_after_confirming() {
        PostDetails draft = posts.create("Doomed " + System.nanoTime(), "text", author);
        navigate("posts/" + draft.id() + "/edit", PostEditorView.class);

        test(find(Button.class).withText("Delete draft").single()).click();
        Dialog question = find(Dialog.class).single();
        test(find(Button.class, question).withText("Delete").single()).click();

        assertThat(posts.find(draft.id(), author)).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(DraftsView.class);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void a_published_post_has_no_delete_draft_in_the_editor() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);

        assertThat(find(Button.class).withText("Delete draft").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void a_new_post_emptied_again_before_leaving_is_not_kept_as_a_draft() {
        long before = posts.countDrafts(author);
        navigate(PostEditorView.class);
        test(find(TextArea.class).single()).setValue("x");
        assertThat(posts.countDrafts(author)).as("made at the first keystroke").isEqualTo(before + 1);

        test(find(TextArea.class).single()).setValue("");
        navigate(PostListView.class);

        assertThat(posts.countDrafts(author)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void an_opened_draft_emptied_by_the_writer_is_kept() {
        PostDetails draft = posts.create("Keep me", "text", author);
        navigate("posts/" + draft.id() + "/edit", PostEditorView.class);
        test(find(TextField.class).single()).setValue("");
        test(find(TextArea.class).single()).setValue("");

        navigate(PostListView.class);

        assertThat(posts.find(draft.id(), author)).isPresent();
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void a_new_post_is_saved_as_a_draft_and_published_only_when_asked() {
        navigate(PostEditorView.class);
        String title = "Fresh " + System.nanoTime();
        test(find(TextField.class).single()).setValue(title);
        test(find(TextArea.class).single()).setValue("Some *text*");

        test(find(Button.class).withText("Save draft").single()).click();

        PostSummary draft = posts.listDrafts(author, PageRequest.of(0, 50)).stream()
                .filter(p -> p.title().equals(title)).findFirst().orElseThrow();
        assertThat(posts.find(draft.id(), null)).as("a draft is hidden from anonymous readers").isEmpty();

        test(find(Button.class).withText("Publish").single()).click();

        assertThat(posts.find(draft.id(), null)).hasValueSatisfying(p -> assertThat(p.published()).isTrue());
        assertThat(getCurrentView()).isInstanceOf(PostView.class);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void leaving_the_editor_saves_what_was_typed() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        test(find(TextArea.class).single()).setValue("Changed just before leaving");

        navigate(PostListView.class);

        assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).isEqualTo("Changed just before leaving");
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void an_empty_title_on_a_published_post_is_explained_on_the_field() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);

        test(find(TextField.class).single()).setValue("");
        test(find(Button.class).withText("Save").single()).click();

        TextField title = find(TextField.class).single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the post a title.");
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void a_missing_post_gives_the_not_found_view() {
        navigate("posts/999999999", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void a_post_deleted_while_open_in_the_editor_is_explained_and_leaving_still_works() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        posts.delete(post.id(), author);
        test(find(TextArea.class).single()).setValue("Typed after someone deleted the post");

        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Span.class).withClassName("save-status").single().getText()).isEqualTo("Not saved");
        assertThat(problemText()).startsWith("This post was deleted while you were editing it.");
        navigate(PostListView.class);
        assertThat(getCurrentView()).isInstanceOf(PostListView.class);
        List<PostSummary> copies = draftsTitled("A <b>bold</b> title (unsaved copy)");
        assertThat(copies).hasSize(1);
        assertThat(posts.find(copies.getFirst().id(), author).orElseThrow().body())
                .isEqualTo("Typed after someone deleted the post");
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void saving_or_publishing_an_empty_new_post_does_nothing_and_says_there_is_nothing_to_save_yet() {
        navigate(PostEditorView.class);
        int draftsBefore = posts.listDrafts(author, PageRequest.of(0, 500)).getNumberOfElements();

        test(find(TextField.class).single()).setValue(" ");
        test(find(Button.class).withText("Save draft").single()).click();
        test(find(Button.class).withText("Publish").single()).click();

        assertThat(posts.listDrafts(author, PageRequest.of(0, 500)).getNumberOfElements()).isEqualTo(draftsBefore);
        assertThat(find(SaveProblem.class).exists()).as("no problem shown").isFalse();
        assertThat(find(Span.class).withClassName("save-status").single().getText())
                .isEqualTo("Nothing to save yet: start with a title or some text.");
        assertThat(getCurrentView()).isInstanceOf(PostEditorView.class);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void publishing_a_draft_without_title_marks_the_title_and_does_not_claim_the_text_is_unsaved() {
        PostDetails draft = posts.create("", "Text without a title", author);
        navigate("posts/" + draft.id() + "/edit", PostEditorView.class);
        test(find(TextArea.class).single()).setValue("Text without a title, edited");

        test(find(Button.class).withText("Publish").single()).click();

        assertThat(find(TextField.class).single().isInvalid()).isTrue();
        assertThat(find(Span.class).withClassName("save-status").single().getText()).startsWith("Saved at");
        assertThat(posts.find(draft.id(), author).orElseThrow().body()).isEqualTo("Text without a title, edited");
        assertThat(posts.find(draft.id(), null)).as("still a draft").isEmpty();
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void after_a_conflict_the_writer_keeps_their_text_as_a_new_draft_and_goes_on_editing_that() {
        PostDetails draft = typedOverAVersionSavedElsewhere("Contested");
        test(find(Button.class).withText("Save draft").single()).click();
        assertThat(problemText()).startsWith("Someone else saved this post after you opened it");

        test(find(Button.class).withText("Keep my text as a new draft").single()).click();

        List<PostSummary> copies = draftsTitled("Contested (unsaved copy)");
        assertThat(copies).hasSize(1);
        assertThat(find(SaveProblem.class).exists()).as("no problem shown").isFalse();
        assertThat(find(TextField.class).single().getValue()).isEqualTo("Contested (unsaved copy)");
        test(find(TextArea.class).single()).setValue("mine, and more");
        test(find(Button.class).withText("Save draft").single()).click();
        assertThat(posts.find(copies.getFirst().id(), author).orElseThrow().body()).isEqualTo("mine, and more");
        assertThat(posts.find(draft.id(), author).orElseThrow().body()).isEqualTo("theirs");
        navigate(PostListView.class);
        assertThat(draftsTitled("Contested (unsaved copy)")).as("no second copy on leaving").hasSize(1);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void leaving_after_a_conflict_keeps_the_text_as_one_new_draft_and_says_where() {
        PostDetails draft = typedOverAVersionSavedElsewhere("Raced");

        navigate(PostListView.class);

        assertThat(getCurrentView()).isInstanceOf(PostListView.class);
        List<PostSummary> copies = draftsTitled("Raced (unsaved copy)");
        assertThat(copies).hasSize(1);
        assertThat(posts.find(copies.getFirst().id(), author).orElseThrow().body()).isEqualTo("mine");
        assertThat(find(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement().getTextRecursively())
                .contains("they are kept as the new draft “Raced (unsaved copy)”"));
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void leaving_with_a_published_post_whose_title_was_cleared_asks_and_leave_anyway_keeps_nothing() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        int copiesBefore = draftsTitled("A <b>bold</b> title (unsaved copy)").size();
        test(find(TextField.class).single()).setValue("");

        UI.getCurrent().navigate(PostListView.class);

        assertThat(getCurrentView()).as("asked first").isInstanceOf(PostEditorView.class);
        Dialog dialog = find(Dialog.class).single();
        assertThat(find(Button.class, dialog).withText("Stay").exists()).isTrue();
        test(find(Button.class, dialog).withText("Leave and lose changes").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PostListView.class);
        assertThat(posts.find(post.id(), author).orElseThrow().title()).isEqualTo("A <b>bold</b> title");
        assertThat(draftsTitled("A <b>bold</b> title (unsaved copy)")).hasSize(copiesBefore);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void an_image_picked_from_the_library_lands_after_the_paragraph_the_writer_last_edited() throws IOException {
        String name = "placed-" + System.nanoTime() + ".png";
        ImageSummary image = storePng(name);
        PostDetails draft = posts.create("Placement", "First paragraph.\n\nSecond paragraph.", author);
        navigate("posts/" + draft.id() + "/edit", PostEditorView.class);
        test(find(TextArea.class).single()).setValue("First paragraph, edited.\n\nSecond paragraph.");

        test(find(Button.class).withText("Insert from library…").single()).click();
        test(find(TextField.class).withPropertyValue(TextField::getPlaceholder, "Search by file name").single())
                .setValue(name);
        test(find(Grid.class).single()).select(0);
        test(find(Button.class).withText("Insert 1 image").single()).click();

        assertThat(find(TextArea.class).single().getValue()).isEqualTo(
                "First paragraph, edited.\n\n" + ImageSnippets.of(image, "").markdown() + "\n\nSecond paragraph.");
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void an_image_that_would_make_the_text_too_long_is_not_inserted_and_the_editor_says_why() throws IOException {
        String name = "roomless-" + System.nanoTime() + ".png";
        storePng(name);
        String nearlyFull = "x".repeat(PostService.BODY_MAX - 10);
        PostDetails draft = posts.create("Nearly full", nearlyFull, author);
        navigate("posts/" + draft.id() + "/edit", PostEditorView.class);

        test(find(Button.class).withText("Insert from library…").single()).click();
        test(find(TextField.class).withPropertyValue(TextField::getPlaceholder, "Search by file name").single())
                .setValue(name);
        test(find(Grid.class).single()).select(0);
        test(find(Button.class).withText("Insert 1 image").single()).click();

        assertThat(find(TextArea.class).single().getValue()).isEqualTo(nearlyFull);
        assertThat(find(RefusalList.class).single().getElement().getTextRecursively()).contains(name)
                .contains("the text has no room for it: a post can be at most 100,000 characters long");
        assertThat(posts.find(draft.id(), author).orElseThrow().body()).isEqualTo(nearlyFull);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void a_short_text_reaches_the_server_at_every_keystroke_and_a_long_one_every_few_hundred_milliseconds() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        TextArea text = find(TextArea.class).single();
        assertThat(text.getValueChangeMode()).isEqualTo(ValueChangeMode.EAGER);

        test(find(TextArea.class).single()).setValue("y".repeat(PostForm.EAGER_SYNC_MAX_LENGTH + 1));
        assertThat(text.getValueChangeMode()).isEqualTo(ValueChangeMode.TIMEOUT);
        assertThat(text.getValueChangeTimeout()).isEqualTo(PostForm.LONG_TEXT_SYNC_MILLIS);

        test(find(TextArea.class).single()).setValue("short again");
        assertThat(text.getValueChangeMode()).isEqualTo(ValueChangeMode.EAGER);
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void the_draft_saves_itself_three_seconds_after_the_writer_stops_typing() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        test(find(TextArea.class).single()).setValue("typed, then a pause");

        clock.advance(Duration.ofSeconds(2));
        timers.runDue();
        assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).as("after 2 s").doesNotContain("typed");

        clock.advance(Duration.ofSeconds(1));
        timers.runDue();
        assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).isEqualTo("typed, then a pause");
        assertThat(find(Span.class).withClassName("save-status").single().getText()).startsWith("Saved automatically");
        assertThat(timers.pending()).as("nothing left to save, no timer").isZero();
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void text_typed_without_a_pause_is_saved_at_least_every_ten_seconds() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        for (int second = 0; second < 10; second++) {
            test(find(TextArea.class).single()).setValue("typing for " + second + " s");
            timers.runDue();
            assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).as("after %d s", second)
                    .doesNotContain("typing");
            clock.advance(Duration.ofSeconds(1));
        }
        test(find(TextArea.class).single()).setValue("typing for 10 s");
        timers.runDue();

        assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).isEqualTo("typing for 10 s");
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void a_failed_automatic_save_is_explained_once_and_not_retried_until_the_next_change() {
        PostDetails draft = typedOverAVersionSavedElsewhere("Autosaved over");
        clock.advance(Duration.ofSeconds(3));
        timers.runDue();

        assertThat(problemText()).startsWith("Someone else saved this post after you opened it");
        assertThat(timers.pending()).as("no retry").isZero();
        assertThat(posts.find(draft.id(), author).orElseThrow().body()).isEqualTo("theirs");

        test(find(TextArea.class).single()).setValue("mine, and more");
        assertThat(timers.pending()).as("the next change tries again").isOne();
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void leaving_the_editor_stops_its_timer() {
        navigate("posts/" + post.id() + "/edit", PostEditorView.class);
        test(find(TextArea.class).single()).setValue("typed, then left");
        assertThat(timers.pending()).isOne();

        navigate(PostListView.class);

        assertThat(timers.pending()).isZero();
        assertThat(posts.find(post.id(), author).orElseThrow().editedBody()).isEqualTo("typed, then left");
    }

    /** A draft open in the editor, saved as "theirs" elsewhere since, with "mine" typed here. */
    private PostDetails typedOverAVersionSavedElsewhere(String title) {
        PostDetails draft = posts.create(title, "original", author);
        navigate("posts/" + draft.id() + "/edit", PostEditorView.class);
        posts.update(draft.id(), draft.version(), title, "theirs", author);
        test(find(TextArea.class).single()).setValue("mine");
        return draft;
    }

    private String problemText() {
        SaveProblem problem = find(SaveProblem.class).single();
        assertThat(problem.isVisible()).as("a problem is shown").isTrue();
        return problem.getElement().getTextRecursively();
    }

    private List<PostSummary> draftsTitled(String title) {
        return posts.listDrafts(author, PageRequest.of(0, 500)).stream()
                .filter(p -> p.title().equals(title))
                .toList();
    }

    @Test
    @WithMockUser(username = "viewauthor")
    void update_preview_shows_the_text_as_typed_and_what_happened_in_the_library_since() throws IOException {
        ImageSummary image = storePng("shot.png");
        PostDetails illustrated = posts.create("Illustrated", "![shot](" + image.url() + ")", author);
        navigate("posts/" + illustrated.id() + "/edit", PostEditorView.class);
        assertThat(previewHtml()).contains("src=\"" + ImageLinks.displayUrl(image.storedName()) + "\"");

        test(find(TextArea.class).single()).setValue("Typed *here*\n\n![shot](" + image.url() + ")");
        deletions.delete(image.id(), author, true);
        test(find(Button.class).withText("Refresh preview").single()).click();

        assertThat(previewHtml()).contains("<em>here</em>").contains("Image removed: shot")
                .doesNotContain("src=\"" + ImageLinks.displayUrl(image.storedName()) + "\"");
    }

    private String previewHtml() {
        return find(PostBody.class).single().getElement().getProperty("innerHTML");
    }

    private ImageSummary storePng(String name) throws IOException {
        StoreResult result = images.store(new ByteArrayInputStream(TestImages.png(3, 2)), name, author);
        return ((StoreResult.Stored) result).image();
    }
}
