package app.lightbox.blog;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.base.Paging;
import app.lightbox.base.SearchTerms;
import app.lightbox.base.StoredText;
import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageService;
import app.lightbox.security.Actor;
import app.lightbox.security.AppUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, publishing, reading and deleting posts; decides who may see and change what. A post is a
 * draft, seen only by its author and admins, until it is published.
 */
@Service
public class PostService {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    static final int EXCERPT_MAX = 300;
    static final int COVER_MAX = 64;
    private static final int EXCERPT_SHOWN = 280;

    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final EntityManager entityManager;
    private final Clock clock;
    private final MarkdownRenderer renderer;
    private final ImageService images;
    private final ImageReferences references;
    private final BlogProperties properties;

    PostService(PostRepository posts, PostRevisionRepository revisions, EntityManager entityManager, Clock clock,
            MarkdownRenderer renderer, ImageService images, ImageReferences references, BlogProperties properties) {
        this.posts = posts;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.clock = clock;
        this.renderer = renderer;
        this.images = images;
        this.references = references;
        this.properties = properties;
    }

    /**
     * Published posts, the newest publication first. {@code search} keeps the posts whose title or
     * text contains it, ignoring case; null or blank keeps all.
     */
    @Transactional(readOnly = true)
    public Slice<PostSummary> listPublished(@Nullable String search, Pageable page) {
        return withLibraryCovers(SearchTerms.isBlank(search)
                ? posts.findPublished(Paging.unsorted(page))
                : posts.findPublishedMatching(SearchTerms.containsPattern(search), Paging.unsorted(page)));
    }

    @Transactional(readOnly = true)
    public long countPublished(@Nullable String search) {
        return SearchTerms.isBlank(search) ? posts.countPublished() : posts.countPublishedMatching(SearchTerms.containsPattern(search));
    }

    /** The author's own drafts, the most recently saved first. */
    @Transactional(readOnly = true)
    public Slice<PostSummary> listDrafts(Actor author, Pageable page) {
        return withLibraryCovers(posts.findDrafts(author.id(), Paging.unsorted(page)));
    }

    /**
     * A cover is shown only while its image is in the library: one deleted since the post was saved
     * (its text then shows "image removed") leaves the post without one, not with a broken picture.
     */
    private Slice<PostSummary> withLibraryCovers(Slice<PostSummary> page) {
        Set<String> present = images.existing(page.stream().map(PostSummary::coverImage).filter(Objects::nonNull).toList());
        return page.map(post -> post.coverImage() == null || present.contains(post.coverImage()) ? post : post.withoutCover());
    }

    @Transactional(readOnly = true)
    public long countDrafts(Actor author) {
        return posts.countDrafts(author.id());
    }

    /**
     * The post, if the viewer may see it: anyone a published one, only its author or an admin a draft.
     * Its pending changes only for those who may change it.
     */
    @Transactional(readOnly = true)
    public Optional<PostDetails> find(long id, @Nullable Actor viewer) {
        return posts.findWithAuthor(id).filter(post -> post.isVisibleTo(viewer)).map(Post::toDetails)
                .map(post -> mayChange(post, viewer) ? post : post.withoutPending());
    }

    /** Whether this actor may edit, publish and delete this post: its author or an admin. */
    public boolean mayChange(PostDetails post, @Nullable Actor actor) {
        return actor != null && actor.mayChange(post.authorId());
    }

    /** A new draft; its title may still be empty. */
    @Transactional
    public PostDetails create(String title, String body, Actor author) {
        String cleanTitle = validTitle(title, false);
        String cleanBody = validBody(body);
        Post post = new Post(entityManager.getReference(AppUser.class, author.id()), clock.instant());
        save(post, cleanTitle, cleanBody);
        return post.toDetails();
    }

    /**
     * Saves new text over the version the editor opened. If anyone saved in between, nothing is
     * written and {@link StalePostException} says so. The text of a published post is kept as its
     * pending changes, which readers do not see until {@link #publishChanges}; text equal to what is
     * published leaves it without pending changes. A published post keeps needing a title.
     */
    @Transactional
    public PostDetails update(long id, long openedVersion, String title, String body, Actor actor) {
        Post post = changeable(id, openedVersion, actor);
        String cleanTitle = validTitle(title, post.isPublished());
        writeText(post, cleanTitle, validBody(body));
        return post.toDetails();
    }

    /**
     * Publishes the pending changes of a published post ("Update"): readers see them from now on, and
     * the post's history gains the version.
     *
     * @throws InvalidPostException on {@code BODY} if there are no pending changes
     */
    @Transactional
    public PostDetails publishChanges(long id, long openedVersion, Actor actor) {
        Post post = changeable(id, openedVersion, actor);
        String title = post.getPendingTitle();
        String body = post.getPendingBody();
        if (!post.isPublished() || title == null || body == null) {
            throw new InvalidPostException(InvalidPostException.Field.BODY, "blog.editor.no-changes");
        }
        post.clearPending();
        save(post, validTitle(title, true), body);
        recordRevision(post, actor);
        return post.toDetails();
    }

    /** Drops the pending changes of a published post; readers saw none of them. */
    @Transactional
    public PostDetails discardChanges(long id, long openedVersion, Actor actor) {
        Post post = changeable(id, openedVersion, actor);
        post.clearPending();
        flush(post);
        references.record(PostImageReferrers.referrer(id), renderer.referencedImages(post.getBody()));
        return post.toDetails();
    }

    /** The published versions of the post, the newest first, for those who may change it. */
    @Transactional(readOnly = true)
    public List<RevisionDetails> revisions(long id, Actor actor) {
        Post post = posts.findWithAuthor(id).orElseThrow(() -> new NotFoundException("Post " + id));
        if (!actor.mayChange(post.getAuthor().getId())) {
            throw new NotPermittedException("Only the author or an admin may see the history of post " + id);
        }
        return revisions.findNewestFirst(id, Limit.of(properties.revisionsKept())).stream()
                .map(PostRevision::toDetails).toList();
    }

    /**
     * Takes an earlier published version back into the editor: as pending changes of a published post
     * (nothing goes live until Update), as the text of a draft.
     */
    @Transactional
    public PostDetails restore(long id, long openedVersion, long revisionId, Actor actor) {
        Post post = changeable(id, openedVersion, actor);
        // a version that left the history meanwhile is the writer's to hear about, not a post gone
        PostRevision revision = revisions.findById(revisionId).filter(r -> r.getPostId() == id)
                .orElseThrow(() -> new InvalidPostException(InvalidPostException.Field.BODY, "blog.history.gone"));
        writeText(post, revision.getTitle(), revision.getBody());
        return post.toDetails();
    }

    /**
     * Makes the post public. The first publication sets its date for good.
     *
     * @throws InvalidPostException on {@code TITLE} if the post has no title
     * @throws StalePostException if anyone saved the post after {@code openedVersion}
     */
    @Transactional
    public PostDetails publish(long id, long openedVersion, Actor actor) {
        Post post = changeable(id, openedVersion, actor);
        if (post.isPublished()) {
            return post.toDetails(); // nothing to do, and nothing for the history
        }
        if (post.getTitle().isBlank()) {
            throw new InvalidPostException(InvalidPostException.Field.TITLE, "blog.editor.title-required");
        }
        post.publish(clock.instant());
        flush(post);
        recordRevision(post, actor);
        return post.toDetails();
    }

    /** Makes the post a draft again, with its pending changes as its text; it keeps its first publication date. */
    @Transactional
    public PostDetails unpublish(long id, long openedVersion, Actor actor) {
        Post post = changeable(id, openedVersion, actor);
        post.unpublish();
        String title = post.getPendingTitle();
        String body = post.getPendingBody();
        post.clearPending();
        if (title != null && body != null) {
            save(post, title, body);
        } else {
            flush(post);
        }
        return post.toDetails();
    }

    /** Deletes the post, never its images: the library only forgets that the post used them. */
    @Transactional
    public void delete(long id, Actor actor) {
        Post post = posts.findWithAuthor(id).orElseThrow(() -> new NotFoundException("Post " + id));
        if (!actor.mayChange(post.getAuthor().getId())) {
            throw new NotPermittedException("Only the author or an admin may change post " + id);
        }
        references.forget(PostImageReferrers.referrer(id));
        posts.delete(post);
    }

    /**
     * Derives the cover and the image references of a post saved before they existed, and takes it
     * off the queue. Changes nothing the author wrote and keeps the version, so that no open editor
     * goes stale. False if the post has been deleted since.
     */
    @Transactional
    boolean reindex(long id) {
        Optional<Post> found = posts.findById(id);
        found.ifPresent(post -> {
            List<String> referenced = renderer.referencedImages(post.getBody());
            Set<String> used = new LinkedHashSet<>(referenced);
            if (post.getPendingBody() != null) {
                used.addAll(renderer.referencedImages(post.getPendingBody()));
            }
            posts.setDerived(id, coverOf(referenced), PostText.excerpt(post.getBody(), EXCERPT_SHOWN),
                    PostText.plain(post.getBody(), BODY_MAX));
            references.record(PostImageReferrers.referrer(id), used);
        });
        posts.deletePendingReindex(id);
        return found.isPresent();
    }

    /**
     * Writes the post with its derived excerpt, search text and cover, and records the images it uses, in one
     * transaction.
     */
    private void save(Post post, String title, String body) {
        List<String> referenced = renderer.referencedImages(body);
        post.write(title, body, PostText.excerpt(body, EXCERPT_SHOWN), PostText.plain(body, BODY_MAX), coverOf(referenced),
                clock.instant());
        flush(post);
        references.record(PostImageReferrers.referrer(post.getId()), referenced);
    }

    /** The writer's text: a draft's own, a published post's pending changes. */
    private void writeText(Post post, String title, String body) {
        if (post.isPublished()) {
            savePending(post, title, body);
        } else {
            save(post, title, body);
        }
    }

    /**
     * Keeps the text as the pending changes of a published post, or drops them when the text is what is
     * published. Where-used counts the images of both, so that none can be deleted from under either;
     * the cover follows what is published.
     */
    private void savePending(Post post, String title, String body) {
        if (title.equals(post.getTitle()) && body.equals(post.getBody())) {
            post.clearPending();
        } else {
            post.writePending(title, body, clock.instant());
        }
        flush(post);
        Set<String> referenced = new LinkedHashSet<>(renderer.referencedImages(post.getBody()));
        referenced.addAll(renderer.referencedImages(body));
        references.record(PostImageReferrers.referrer(post.getId()), referenced);
    }

    /** Adds what is published now to the post's history, and forgets versions beyond those kept. */
    private void recordRevision(Post post, Actor actor) {
        revisions.save(new PostRevision(post.getId(), post.getTitle(), post.getBody(),
                entityManager.getReference(AppUser.class, actor.id()), clock.instant()));
        revisions.flush();
        List<Long> kept = revisions.findIdsNewestFirst(post.getId(), Limit.of(properties.revisionsKept()));
        revisions.deleteAllBut(post.getId(), kept);
    }

    /**
     * Writes a change now. Two saves of the same version that both passed the version check race here;
     * the database's version check lets one win, and the other is told its copy is stale.
     */
    private void flush(Post post) {
        try {
            posts.saveAndFlush(post);
        } catch (OptimisticLockingFailureException e) {
            throw new StalePostException(post.getId());
        }
    }

    /** The post, if the actor may change it and nobody saved it after {@code openedVersion}. */
    private Post changeable(long id, long openedVersion, Actor actor) {
        Post post = posts.findWithAuthor(id).orElseThrow(() -> new NotFoundException("Post " + id));
        if (!actor.mayChange(post.getAuthor().getId())) {
            throw new NotPermittedException("Only the author or an admin may change post " + id);
        }
        if (post.getVersion() != openedVersion) {
            throw new StalePostException(id);
        }
        return post;
    }

    /** The first image that fits the column; a body may link to longer names that no stored image has. */
    private static @Nullable String coverOf(List<String> referencedImages) {
        return referencedImages.stream().filter(name -> name.length() <= COVER_MAX).findFirst().orElse(null);
    }

    private static String validTitle(@Nullable String title, boolean required) {
        String clean = StoredText.withoutNul(title).strip();
        if (required && clean.isEmpty()) {
            throw new InvalidPostException(InvalidPostException.Field.TITLE, "blog.editor.title-required");
        }
        if (clean.length() > TITLE_MAX) {
            throw new InvalidPostException(InvalidPostException.Field.TITLE, "blog.editor.title-too-long", TITLE_MAX);
        }
        return clean;
    }

    private static String validBody(@Nullable String body) {
        String clean = StoredText.withoutNul(body).stripTrailing();
        if (clean.length() > BODY_MAX) {
            throw new InvalidPostException(InvalidPostException.Field.BODY, "blog.editor.body-too-long", BODY_MAX);
        }
        return clean;
    }
}
