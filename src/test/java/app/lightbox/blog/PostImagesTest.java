package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.TestImages;
import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageReferrer;
import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoreResult;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** Where images are used: posts record the images of their bodies with the library, which asks the blog back. */
@SpringBootTest
class PostImagesTest {

    static final PageRequest ALL = PageRequest.of(0, 100_000);

    @Autowired
    PostService posts;

    @Autowired
    ImageService images;

    @Autowired
    ImageDeletions deletions;

    @Autowired
    ImageReferences references;

    @Autowired
    UserAccountService accounts;

    @Autowired
    PostIndexBackfill backfill;

    @Autowired
    JdbcTemplate jdbc;

    Actor author;
    Actor other;
    Actor admin;
    String first;
    String second;

    @BeforeEach
    void accountsAndImages() {
        author = newAccount("author");
        other = newAccount("other");
        Actor moderator = newAccount("admin");
        admin = new Actor(moderator.id(), moderator.username(), true);
        first = storeImage(author);
        second = storeImage(author);
    }

    @Test
    void saving_a_post_records_its_images_and_where_used_names_the_post() {
        PostDetails post = posts.create("My trip", body(first, second), author);
        posts.publish(post.id(), post.version(), author);

        assertThat(usageCount(first)).isEqualTo(1);
        assertThat(usageCount(second)).isEqualTo(1);
        assertThat(references.referrers(first)).containsExactly("post:" + post.id());
        ImageReferrer trip = new ImageReferrer("My trip", "/posts/" + post.id());
        assertThat(references.whereUsed(first, null)).containsExactly(trip);
        assertThat(references.whereUsed(second, other)).containsExactly(trip);
        assertThat(posts.listPublished(null, ALL).getContent())
                .filteredOn(s -> s.id() == post.id()).singleElement()
                .satisfies(s -> assertThat(s.coverImage()).isEqualTo(first));
    }

    @Test
    void editing_an_image_out_of_the_body_updates_the_counts_and_the_cover() {
        PostDetails post = posts.create("Two images", body(first, second), author);

        posts.update(post.id(), post.version(), "One image", body(second), author);

        assertThat(usageCount(first)).isZero();
        assertThat(usageCount(second)).isEqualTo(1);
        assertThat(references.whereUsed(first, author)).isEmpty();
        assertThat(unusedNames()).contains(first).doesNotContain(second);
        assertThat(posts.listDrafts(author, ALL).getContent()).singleElement()
                .satisfies(s -> assertThat(s.coverImage()).isEqualTo(second));
    }

    @Test
    void deleting_a_post_forgets_its_images_but_keeps_them() {
        PostDetails post = posts.create("Going away", body(first, second), author);

        posts.delete(post.id(), author);

        assertThat(images.find(first)).hasValueSatisfying(i -> assertThat(i.usageCount()).isZero());
        assertThat(images.find(second)).hasValueSatisfying(i -> assertThat(i.usageCount()).isZero());
        assertThat(references.referrers(first)).isEmpty();
    }

    @Test
    void only_unused_images_are_listed_when_asked() {
        posts.create("Uses the first", body(first), author);
        long unused = images.count(ImageFilter.unused());

        assertThat(unusedNames()).contains(second).doesNotContain(first);
        assertThat(images.list(ImageFilter.all(), ALL).map(ImageSummary::storedName)).contains(first, second);
        assertThat(unused).isEqualTo(unusedNames().size());
        posts.create("Uses the second", body(second), author);
        assertThat(images.count(ImageFilter.unused())).isEqualTo(unused - 1);
    }

    @Test
    void a_name_search_combines_with_the_unused_filter() {
        String tag = "tag" + System.nanoTime();
        String used = storeImage(author, tag + "-Used.png");
        String lonely = storeImage(author, "x-" + tag + "-LONELY.png");
        posts.create("Uses one", body(used), author);

        assertThat(images.list(new ImageFilter(tag, false), ALL).map(ImageSummary::storedName)).containsExactlyInAnyOrder(used, lonely);
        assertThat(images.list(new ImageFilter(tag.toUpperCase(), true), ALL).map(ImageSummary::storedName)).containsExactly(lonely);
        assertThat(images.count(new ImageFilter(tag, false))).isEqualTo(2);
        assertThat(images.count(new ImageFilter(tag, true))).isOne();
        assertThat(images.count(new ImageFilter(" ", true))).as("a blank search keeps all").isEqualTo(images.count(ImageFilter.unused()));
    }

    @Test
    void a_drafts_images_count_as_used_but_only_its_author_and_admins_see_where() {
        PostDetails draft = posts.create("", body(first), author);

        assertThat(usageCount(first)).isEqualTo(1);
        assertThat(references.whereUsed(first, other)).isEmpty();
        assertThat(references.whereUsed(first, null)).isEmpty();
        ImageReferrer untitled = new ImageReferrer("", "/posts/" + draft.id());
        assertThat(references.whereUsed(first, author)).containsExactly(untitled);
        assertThat(references.whereUsed(first, admin)).containsExactly(untitled);
    }

    @Test
    void where_used_lists_every_post_the_viewer_may_see() {
        PostDetails mine = posts.create("Mine", body(first), author);
        posts.publish(mine.id(), mine.version(), author);
        PostDetails theirs = posts.create("Theirs", body(first), other);
        posts.publish(theirs.id(), theirs.version(), other);
        posts.create("Their draft", body(first), other);

        assertThat(usageCount(first)).isEqualTo(3);
        assertThat(references.whereUsed(first, author)).extracting(ImageReferrer::label)
                .containsExactlyInAnyOrder("Mine", "Theirs");
        assertThat(references.whereUsed(first, other)).extracting(ImageReferrer::label)
                .containsExactlyInAnyOrder("Mine", "Theirs", "Their draft");
    }

    @Test
    void deleting_a_used_image_keeps_the_post_and_its_references() {
        PostDetails post = posts.create("Still here", body(first), author);
        long imageId = images.find(first).orElseThrow().id();

        deletions.delete(imageId, author, true);

        assertThat(images.find(first)).isEmpty();
        assertThat(posts.find(post.id(), author)).contains(post);
        assertThat(references.referrers(first)).containsExactly("post:" + post.id());
        assertThat(references.whereUsed(first, author)).containsExactly(new ImageReferrer("Still here", "/posts/" + post.id()));
    }

    @Test
    void a_post_whose_cover_image_was_deleted_is_listed_without_a_cover() {
        PostDetails draft = posts.create("Lost its cover", body(first, second), author);
        PostDetails post = posts.publish(draft.id(), draft.version(), author);

        deletions.delete(images.find(first).orElseThrow().id(), author, true);

        assertThat(posts.listPublished(null, ALL).getContent()).filteredOn(s -> s.id() == post.id()).singleElement()
                .satisfies(s -> assertThat(s.coverImage()).as("not a broken picture").isNull());
        posts.unpublish(post.id(), post.version(), author);
        assertThat(posts.listDrafts(author, ALL).getContent()).filteredOn(s -> s.id() == post.id()).singleElement()
                .satisfies(s -> assertThat(s.coverImage()).isNull());
    }

    @Test
    void a_post_whose_cover_image_file_is_missing_is_listed_without_a_cover() {
        PostDetails draft = posts.create("Cover file lost", body(first, second), author);
        PostDetails post = posts.publish(draft.id(), draft.version(), author);

        jdbc.update("update stored_image set file_missing = true where stored_name = ?", first);

        assertThat(posts.listPublished(null, ALL).getContent()).filteredOn(s -> s.id() == post.id()).singleElement()
                .satisfies(s -> assertThat(s.coverImage()).as("not a broken picture").isNull());
    }

    @Test
    void posts_from_before_where_used_get_their_cover_and_references_once_without_going_stale() {
        PostDetails post = posts.create("Old", body(first, second), author);
        // As V4 leaves a post written before it: no cover, no references, queued for the backfill.
        jdbc.update("update post set cover_image = null where id = ?", post.id());
        jdbc.update("delete from image_reference where referrer = ?", "post:" + post.id());
        jdbc.update("insert into post_reindex (post_id) values (?)", post.id());
        jdbc.update("insert into post_reindex (post_id) values (?)", Long.MAX_VALUE); // deleted since

        backfill.run();

        assertThat(references.referrers(first)).containsExactly("post:" + post.id());
        assertThat(references.referrers(second)).containsExactly("post:" + post.id());
        assertThat(posts.listDrafts(author, ALL).getContent()).singleElement()
                .satisfies(s -> assertThat(s.coverImage()).isEqualTo(first));
        assertThat(posts.find(post.id(), author)).contains(post);
        assertThat(jdbc.queryForObject("select count(*) from post_reindex", Long.class)).isZero();
    }

    // --- helpers

    private static String body(String... storedNames) {
        StringBuilder body = new StringBuilder("Some words.\n\n");
        for (String name : storedNames) {
            body.append("![a picture](").append(ImageLinks.url(name)).append(")\n\n");
        }
        return body.toString();
    }

    private int usageCount(String storedName) {
        return images.find(storedName).orElseThrow().usageCount();
    }

    private List<String> unusedNames() {
        return images.list(ImageFilter.unused(), ALL).map(ImageSummary::storedName).getContent();
    }

    private String storeImage(Actor uploader) {
        return storeImage(uploader, "picture.png");
    }

    private String storeImage(Actor uploader, String name) {
        StoreResult result = images.store(new ByteArrayInputStream(png()), name, uploader);
        assertThat(result).isInstanceOf(StoreResult.Stored.class);
        return ((StoreResult.Stored) result).image().storedName();
    }

    private static byte[] png() {
        return TestImages.png(2, 2);
    }

    private Actor newAccount(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        return ((Registration.Registered) accounts.register(name, "correct horse")).user().toActor();
    }
}
