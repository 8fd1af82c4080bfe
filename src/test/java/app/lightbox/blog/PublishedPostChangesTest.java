package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.base.NotPermittedException;
import app.lightbox.images.ImageService;
import app.lightbox.images.StoreResult;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Editing a published post: changes wait as pending until Update, and the history keeps published versions. */
@SpringBootTest
class PublishedPostChangesTest {

    static final PageRequest ALL = PageRequest.of(0, 10_000);

    @Autowired
    PostService posts;

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Autowired
    BlogProperties properties;

    Actor author;
    Actor other;
    Actor admin;

    @BeforeEach
    void accounts() {
        author = newAccount("author");
        other = newAccount("other");
        Actor moderator = newAccount("admin");
        admin = new Actor(moderator.id(), moderator.username(), true);
    }

    @Test
    void readers_keep_seeing_the_published_text_while_the_writer_saves_changes() {
        PostDetails published = published("Live title", "What readers read.");

        PostDetails saved = posts.update(published.id(), published.version(), "Live title", "…not fini", author);

        assertThat(saved.hasPendingChanges()).isTrue();
        assertThat(saved.editedBody()).isEqualTo("…not fini");
        assertThat(saved.body()).isEqualTo("What readers read.");
        PostDetails asReader = posts.find(published.id(), null).orElseThrow();
        assertThat(asReader.body()).isEqualTo("What readers read.");
        assertThat(asReader.pending()).as("pending text is not given to readers").isNull();
        assertThat(posts.find(published.id(), other).orElseThrow().pending()).isNull();
        assertThat(posts.find(published.id(), author).orElseThrow().editedBody()).isEqualTo("…not fini");
        assertThat(posts.find(published.id(), admin).orElseThrow().editedBody()).isEqualTo("…not fini");
        assertThat(posts.listPublished("fini", ALL).getContent()).as("search sees the published text").isEmpty();
        assertThat(posts.listPublished(null, ALL).getContent()).filteredOn(p -> p.id() == published.id())
                .singleElement().satisfies(p -> assertThat(p.excerpt()).isEqualTo("What readers read."));
    }

    @Test
    void update_publishes_the_pending_changes_and_adds_them_to_the_history() {
        PostDetails published = published("Live title", "First version.");
        PostDetails saved = posts.update(published.id(), published.version(), "New title", "Second version.", author);

        PostDetails updated = posts.publishChanges(saved.id(), saved.version(), author);

        assertThat(updated.hasPendingChanges()).isFalse();
        assertThat(posts.find(published.id(), null).orElseThrow())
                .satisfies(p -> assertThat(p.title()).isEqualTo("New title"))
                .satisfies(p -> assertThat(p.body()).isEqualTo("Second version."))
                .satisfies(p -> assertThat(p.publishedAt()).as("the first publication stays").isEqualTo(published.publishedAt()));
        assertThat(posts.revisions(published.id(), author)).extracting(RevisionDetails::body)
                .containsExactly("Second version.", "First version.");
        assertThat(posts.revisions(published.id(), author)).allSatisfy(r -> assertThat(r.publishedBy()).isEqualTo(author.username()));
    }

    @Test
    void discarding_drops_the_pending_changes_and_readers_never_saw_them() {
        PostDetails published = published("Title", "Published.");
        PostDetails saved = posts.update(published.id(), published.version(), "Title", "Half-typed", author);

        PostDetails discarded = posts.discardChanges(saved.id(), saved.version(), author);

        assertThat(discarded.hasPendingChanges()).isFalse();
        assertThat(discarded.editedBody()).isEqualTo("Published.");
        assertThat(posts.revisions(published.id(), author)).hasSize(1);
    }

    @Test
    void saving_the_published_text_again_leaves_no_pending_changes() {
        PostDetails published = published("Title", "Published.");
        PostDetails changed = posts.update(published.id(), published.version(), "Title", "Changed", author);

        PostDetails back = posts.update(changed.id(), changed.version(), "Title", "Published.", author);

        assertThat(back.hasPendingChanges()).isFalse();
    }

    @Test
    void pending_changes_are_guarded_by_the_version_like_drafts() {
        PostDetails published = published("Title", "Published.");
        posts.update(published.id(), published.version(), "Title", "First tab", author);

        assertThatThrownBy(() -> posts.update(published.id(), published.version(), "Title", "Second tab", author))
                .isInstanceOf(StalePostException.class);
        assertThatThrownBy(() -> posts.publishChanges(published.id(), published.version(), author))
                .isInstanceOf(StalePostException.class);
        assertThatThrownBy(() -> posts.update(published.id(), published.version() + 1, "Title", "Not mine", other))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_published_post_needs_a_title_in_its_pending_changes_too() {
        PostDetails published = published("Title", "Published.");

        assertThatThrownBy(() -> posts.update(published.id(), published.version(), " ", "Text", author))
                .isInstanceOf(InvalidPostException.class);
    }

    @Test
    void update_without_pending_changes_is_refused() {
        PostDetails published = published("Title", "Published.");

        assertThatThrownBy(() -> posts.publishChanges(published.id(), published.version(), author))
                .isInstanceOf(InvalidPostException.class);
    }

    @Test
    void unpublishing_makes_the_pending_changes_the_draft_s_text() {
        PostDetails published = published("Title", "Published.");
        PostDetails saved = posts.update(published.id(), published.version(), "Title", "Newer", author);

        PostDetails draft = posts.unpublish(saved.id(), saved.version(), author);

        assertThat(draft.published()).isFalse();
        assertThat(draft.hasPendingChanges()).isFalse();
        assertThat(draft.body()).isEqualTo("Newer");
    }

    @Test
    void an_earlier_version_is_restored_as_pending_changes_so_nothing_goes_live_by_accident() {
        PostDetails published = published("Title", "Version one.");
        PostDetails saved = posts.update(published.id(), published.version(), "Title", "Version two.", author);
        PostDetails updated = posts.publishChanges(saved.id(), saved.version(), author);
        RevisionDetails first = posts.revisions(published.id(), author).getLast();

        PostDetails restored = posts.restore(updated.id(), updated.version(), first.id(), author);

        assertThat(restored.editedBody()).isEqualTo("Version one.");
        assertThat(posts.find(published.id(), null).orElseThrow().body()).isEqualTo("Version two.");
        assertThatThrownBy(() -> posts.revisions(published.id(), other)).isInstanceOf(NotPermittedException.class);
        assertThat(posts.revisions(published.id(), admin)).hasSize(2);
        PostDetails again = posts.find(published.id(), admin).orElseThrow();
        posts.publishChanges(again.id(), again.version(), admin);
        assertThat(posts.revisions(published.id(), author).getFirst().publishedBy()).as("an admin's Update is theirs")
                .isEqualTo(admin.username());
    }

    @Test
    void the_history_keeps_the_newest_versions_only() {
        PostDetails post = published("Title", "Version 0");
        for (int i = 1; i <= properties.revisionsKept() + 2; i++) {
            PostDetails saved = posts.update(post.id(), post.version(), "Title", "Version " + i, author);
            post = posts.publishChanges(saved.id(), saved.version(), author);
        }

        List<RevisionDetails> history = posts.revisions(post.id(), author);

        assertThat(history).hasSize(properties.revisionsKept());
        assertThat(history.getFirst().body()).isEqualTo("Version " + (properties.revisionsKept() + 2));
    }

    @Test
    void images_of_pending_changes_count_as_used_and_the_cover_follows_what_is_published() {
        String live = storeImage();
        String pendingOnly = storeImage();
        PostDetails published = published("Title", "![a](/files/" + live + ")");

        posts.update(published.id(), published.version(), "Title", "![b](/files/" + pendingOnly + ")", author);

        assertThat(images.find(pendingOnly).orElseThrow().usageCount()).isOne();
        assertThat(images.find(live).orElseThrow().usageCount()).as("still published").isOne();
        assertThat(posts.listPublished(null, ALL).getContent()).filteredOn(p -> p.id() == published.id())
                .singleElement().satisfies(p -> assertThat(p.coverImage()).isEqualTo(live));
        PostDetails current = posts.find(published.id(), author).orElseThrow();
        posts.discardChanges(current.id(), current.version(), author);
        assertThat(images.find(pendingOnly).orElseThrow().usageCount()).isZero();
    }

    private PostDetails published(String title, String body) {
        PostDetails draft = posts.create(title, body, author);
        return posts.publish(draft.id(), draft.version(), author);
    }

    private String storeImage() {
        StoreResult result = images.store(new ByteArrayInputStream(TestImages.png(2, 2)), "p.png", author);
        return ((StoreResult.Stored) result).image().storedName();
    }

    private Actor newAccount(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        return ((Registration.Registered) accounts.register(name, "correct horse")).user().toActor();
    }
}
