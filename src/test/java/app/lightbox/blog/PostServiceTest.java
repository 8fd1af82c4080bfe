package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@SpringBootTest
class PostServiceTest {

    static final PageRequest ALL = PageRequest.of(0, 10_000);

    @Autowired
    PostService posts;

    @Autowired
    UserAccountService accounts;

    @Autowired
    Clock clock;

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

    private Actor newAccount(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        return ((Registration.Registered) accounts.register(name, "correct horse")).user().toActor();
    }

    // --- writing

    @Test
    void creates_a_post_with_trimmed_title_and_a_plain_excerpt() {
        PostDetails post = posts.create("  Hello  ", "First line\n\nSecond   line", author);

        assertThat(post.title()).isEqualTo("Hello");
        assertThat(post.authorName()).isEqualTo(author.username());
        assertThat(posts.find(post.id(), author)).contains(post);
        assertThat(posts.listDrafts(author, ALL).getContent()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(post.id());
            assertThat(s.excerpt()).isEqualTo("First line Second line");
            assertThat(s.updatedAt()).isEqualTo(post.updatedAt());
            assertThat(s.publishedAt()).isNull();
            assertThat(s.coverImage()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_draft_may_be_saved_without_a_title(String title) {
        PostDetails draft = posts.create(title, "autosaved text", author);

        assertThat(draft.title()).isEmpty();
        PostDetails edited = posts.update(draft.id(), draft.version(), title, "more text", author);
        assertThat(edited.title()).isEmpty();
        assertThat(edited.body()).isEqualTo("more text");
    }

    @Test
    void refuses_a_title_over_200_characters_and_stores_nothing() {
        assertThatThrownBy(() -> posts.create("x".repeat(201), "body", author))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> {
                    assertThat(e.field()).isEqualTo(InvalidPostException.Field.TITLE);
                    assertThat(e.messageKey()).isEqualTo("blog.editor.title-too-long");
                    assertThat(e.args()).containsExactly(200);
                });
        assertThat(posts.countDrafts(author)).isZero();
        assertThat(posts.create("x".repeat(200), "body", author).title()).hasSize(200);
    }

    @Test
    void refuses_a_body_over_100000_characters() {
        assertThatThrownBy(() -> posts.create("Long", "x".repeat(100_001), author))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> {
                    assertThat(e.field()).isEqualTo(InvalidPostException.Field.BODY);
                    assertThat(e.messageKey()).isEqualTo("blog.editor.body-too-long");
                });
        assertThat(posts.countDrafts(author)).isZero();
    }

    @Test
    void the_author_can_edit_and_another_user_cannot() {
        PostDetails post = posts.create("Mine", "text", author);

        assertThatThrownBy(() -> posts.update(post.id(), post.version(), "Theirs", "changed", other))
                .isInstanceOf(NotPermittedException.class);
        assertThat(posts.find(post.id(), author).orElseThrow().title()).isEqualTo("Mine");

        PostDetails edited = posts.update(post.id(), post.version(), "Mine, edited", "new text", author);
        assertThat(edited.title()).isEqualTo("Mine, edited");
        assertThat(edited.version()).isGreaterThan(post.version());
    }

    @Test
    void an_admin_can_edit_publish_and_delete_any_post() {
        PostDetails post = posts.create("Someone's", "text", author);

        PostDetails moderated = posts.update(post.id(), post.version(), "Moderated", "text", admin);
        posts.publish(post.id(), moderated.version(), admin);
        posts.delete(post.id(), admin);

        assertThat(posts.find(post.id(), admin)).isEmpty();
    }

    @Test
    void another_user_cannot_delete_and_missing_posts_are_reported() {
        PostDetails post = posts.create("Keep", "text", author);

        assertThatThrownBy(() -> posts.delete(post.id(), other)).isInstanceOf(NotPermittedException.class);
        assertThat(posts.find(post.id(), author)).isPresent();
        posts.delete(post.id(), author);
        assertThatThrownBy(() -> posts.delete(post.id(), author)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> posts.publish(post.id(), post.version(), author))
                .isInstanceOf(NotFoundException.class);
    }

    // --- drafts and publishing

    @Test
    void a_new_post_is_a_draft_that_only_its_author_and_admins_see() {
        PostDetails draft = posts.create("Secret plans", "text", author);

        assertThat(draft.published()).isFalse();
        assertThat(draft.publishedAt()).isNull();
        assertThat(publishedIds(null)).doesNotContain(draft.id());
        assertThat(posts.find(draft.id(), author)).contains(draft);
        assertThat(posts.find(draft.id(), admin)).contains(draft);
        assertThat(posts.find(draft.id(), other)).isEmpty();
        assertThat(posts.find(draft.id(), null)).isEmpty();
    }

    @Test
    void lists_only_the_authors_own_drafts_most_recently_saved_first() {
        PostDetails first = posts.create("First", "a", author);
        PostDetails second = posts.create("Second", "b", author);
        PostDetails published = posts.create("Out", "c", author);
        posts.publish(published.id(), published.version(), author);
        posts.create("Theirs", "d", other);
        posts.update(first.id(), first.version(), "First, edited", "a2", author);

        assertThat(posts.listDrafts(author, ALL).map(PostSummary::id).getContent())
                .containsExactly(first.id(), second.id());
        assertThat(posts.countDrafts(author)).isEqualTo(2);
        assertThat(posts.countDrafts(other)).isEqualTo(1);
        assertThat(posts.listDrafts(author, PageRequest.of(0, 1)).hasNext()).isTrue();
    }

    @Test
    void publishing_shows_the_post_to_everyone_with_its_date() {
        PostDetails draft = posts.create("News", "text", author);
        Instant before = clock.instant();

        PostDetails published = posts.publish(draft.id(), draft.version(), author);

        assertThat(published.published()).isTrue();
        assertThat(published.publishedAt()).isBetween(before.minusMillis(1), clock.instant());
        assertThat(published.version()).isGreaterThan(draft.version());
        assertThat(published.updatedAt()).as("publishing is not an edit").isEqualTo(draft.updatedAt());
        assertThat(posts.find(draft.id(), null)).contains(published);
        assertThat(posts.find(draft.id(), other)).contains(published);
        assertThat(publishedIds(null)).contains(draft.id());
        assertThat(posts.listDrafts(author, ALL).map(PostSummary::id)).doesNotContain(draft.id());
    }

    @Test
    void unpublishing_hides_the_post_and_publishing_again_keeps_the_first_date() throws InterruptedException {
        PostDetails draft = posts.create("Back and forth", "text", author);
        PostDetails published = posts.publish(draft.id(), draft.version(), author);
        Instant firstPublication = published.publishedAt();

        PostDetails unpublished = posts.unpublish(draft.id(), published.version(), author);
        assertThat(unpublished.published()).isFalse();
        assertThat(unpublished.publishedAt()).isEqualTo(firstPublication);
        assertThat(posts.find(draft.id(), other)).isEmpty();
        assertThat(publishedIds(null)).doesNotContain(draft.id());
        assertThat(posts.listDrafts(author, ALL).map(PostSummary::id)).contains(draft.id());

        waitUntilTheClockIsPast(firstPublication);
        PostDetails again = posts.publish(draft.id(), unpublished.version(), author);
        assertThat(again.published()).isTrue();
        assertThat(again.publishedAt()).isEqualTo(firstPublication);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void publishing_needs_a_title_and_changes_nothing_without_one(String title) {
        PostDetails draft = posts.create(title, "text", author);

        assertThatThrownBy(() -> posts.publish(draft.id(), draft.version(), author))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> {
                    assertThat(e.field()).isEqualTo(InvalidPostException.Field.TITLE);
                    assertThat(e.messageKey()).isEqualTo("blog.editor.title-required");
                });
        assertThat(posts.find(draft.id(), author)).contains(draft);
    }

    @Test
    void a_published_post_keeps_needing_a_title() {
        PostDetails draft = posts.create("Named", "text", author);
        PostDetails published = posts.publish(draft.id(), draft.version(), author);

        assertThatThrownBy(() -> posts.update(draft.id(), published.version(), " ", "text", author))
                .isInstanceOfSatisfying(InvalidPostException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("blog.editor.title-required"));
        assertThat(posts.find(draft.id(), null)).contains(published);
    }

    @Test
    void another_user_can_neither_publish_nor_unpublish() {
        PostDetails draft = posts.create("Mine", "text", author);
        assertThatThrownBy(() -> posts.publish(draft.id(), draft.version(), other))
                .isInstanceOf(NotPermittedException.class);
        PostDetails published = posts.publish(draft.id(), draft.version(), author);
        assertThatThrownBy(() -> posts.unpublish(draft.id(), published.version(), other))
                .isInstanceOf(NotPermittedException.class);
        assertThat(posts.find(draft.id(), null)).contains(published);
    }

    enum Change {
        UPDATE, PUBLISH, UNPUBLISH;

        void apply(PostService posts, PostDetails opened, Actor actor) {
            switch (this) {
                case UPDATE -> posts.update(opened.id(), opened.version(), "Mine", "from this tab", actor);
                case PUBLISH -> posts.publish(opened.id(), opened.version(), actor);
                case UNPUBLISH -> posts.unpublish(opened.id(), opened.version(), actor);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void a_change_over_a_newer_version_is_refused_and_changes_nothing(Change change) {
        PostDetails opened = posts.create("Mine", "v1", author);
        if (change == Change.UNPUBLISH) {
            opened = posts.publish(opened.id(), opened.version(), author);
        }
        PostDetails newer = posts.update(opened.id(), opened.version(), "Mine", "v2 from another tab", author);
        PostDetails stale = opened;

        assertThatThrownBy(() -> change.apply(posts, stale, author)).isInstanceOf(StalePostException.class);
        assertThat(posts.find(opened.id(), author)).contains(newer);
    }

    // --- search

    @Test
    void lists_published_posts_newest_publication_first_whatever_the_page_asks() {
        PostDetails older = posts.create("Written first", "a", author);
        PostDetails newer = posts.create("Written second", "b", author);
        posts.publish(newer.id(), newer.version(), author);
        posts.publish(older.id(), older.version(), author);

        List<Long> ids = publishedIds(null);
        assertThat(ids.indexOf(older.id())).as("published last").isLessThan(ids.indexOf(newer.id()));
        assertThat(posts.listPublished(null, PageRequest.of(0, 10_000, Sort.by("title"))).map(PostSummary::id)
                .getContent()).isEqualTo(ids);
        assertThat(posts.countPublished(null)).isEqualTo(ids.size());
        assertThat(posts.listPublished("  ", ALL).map(PostSummary::id).getContent()).isEqualTo(ids);
    }

    @Test
    void search_matches_title_or_text_ignoring_case_and_only_published_posts() {
        String token = uniqueWord();
        PostDetails byTitle = published("About " + token.toUpperCase(), "nothing here");
        PostDetails byText = published("Another", "Somewhere in the text: " + token + ".");
        posts.create("Draft " + token, token, author);
        published("Unrelated", "text");

        String search = " " + token.substring(0, 1).toUpperCase() + token.substring(1) + " ";
        assertThat(publishedIds(search)).containsExactlyInAnyOrder(byTitle.id(), byText.id());
        assertThat(posts.countPublished(search)).isEqualTo(2);
    }

    @Test
    void search_looks_at_the_text_readers_see_not_at_markdown_or_image_addresses() {
        String token = uniqueWord();
        PostDetails post = published("Pictures " + token, "![holiday.png](/files/0123456789abcdef0123456789abcdef.png)\n\n"
                + "See **" + token + "bold** and [the files](https://example.com/files/a.png).");

        assertThat(publishedIds(token + " png")).isEmpty();
        assertThat(publishedIds("files/")).doesNotContain(post.id());
        assertThat(publishedIds("example.com")).doesNotContain(post.id());
        assertThat(publishedIds("**" + token)).as("Markdown syntax").isEmpty();
        assertThat(publishedIds(token + "bold and the files")).containsExactly(post.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"100%", "a_b", "c\\d", "%", "_"})
    void wildcards_in_the_search_are_taken_literally(String literal) {
        String token = uniqueWord();
        PostDetails exact = published(token + " " + literal + " end", "text");
        // What the search would also find if % matched anything and _ any one character.
        published(token + " " + literal.replace("%", "0 and more").replace("_", "x").replace("\\", "") + " end",
                "text");
        published(token + " end", "text");

        assertThat(publishedIds(token + " " + literal)).containsExactly(exact.id());
        assertThat(posts.countPublished(token + " " + literal)).isEqualTo(1);
    }

    @Test
    void search_ignores_the_case_of_letters_beyond_ascii() {
        String token = uniqueWord();
        PostDetails post = published("Émile à Zürich " + token, "Ärger in Øresund");

        assertThat(publishedIds("émile À ZÜRICH " + token)).containsExactly(post.id());
        assertThat(posts.listPublished("äRGER IN øRESUND", ALL).map(PostSummary::id)).contains(post.id());
    }

    @Test
    void a_nul_character_is_dropped_from_texts_and_searches_rather_than_failing_the_database() {
        String token = uniqueWord();
        PostDetails post = published("Nul\u0000 " + token, "before\u0000after");

        assertThat(post.title()).isEqualTo("Nul " + token);
        assertThat(post.body()).isEqualTo("beforeafter");
        assertThat(publishedIds(token + "\u0000")).containsExactly(post.id());
        assertThat(posts.countPublished("\u0000")).isEqualTo(posts.countPublished(null));
    }

    // --- helpers

    private PostDetails published(String title, String body) {
        PostDetails draft = posts.create(title, body, author);
        return posts.publish(draft.id(), draft.version(), author);
    }

    private List<Long> publishedIds(String search) {
        return posts.listPublished(search, ALL).map(PostSummary::id).getContent();
    }

    /** Letters only, so that it means nothing to LIKE, and unique, so that other tests' posts do not match. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("w");
        for (char hex : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            word.append((char) ('a' + Character.digit(hex, 16)));
        }
        return word.toString();
    }

    /** Times are stored to the microsecond: wait until a new publication would get another date. */
    private void waitUntilTheClockIsPast(Instant instant) throws InterruptedException {
        while (!clock.instant().isAfter(instant.plusNanos(1000))) {
            Thread.sleep(1);
        }
    }
}
