package app.lightbox.blog;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.security.Actor;
import app.lightbox.security.AppUser;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, reading and deleting posts; decides who may change what. */
@Service
public class PostService {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    static final int EXCERPT_MAX = 300;
    private static final int EXCERPT_SHOWN = 280;

    private final PostRepository posts;
    private final EntityManager entityManager;
    private final Clock clock;
    private final MarkdownRenderer renderer;

    PostService(PostRepository posts, EntityManager entityManager, Clock clock, MarkdownRenderer renderer) {
        this.renderer = renderer;
        this.posts = posts;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Slice<PostSummary> list(Pageable page) {
        return posts.findNewestFirst(page);
    }

    @Transactional(readOnly = true)
    public long count() {
        return posts.count();
    }

    @Transactional(readOnly = true)
    public Optional<PostDetails> find(long id) {
        return posts.findWithAuthor(id).map(Post::toDetails);
    }

    /** Whether this actor may edit and delete this post: its author or an admin. */
    public boolean mayChange(PostDetails post, Actor actor) {
        return actor != null && actor.mayChange(post.authorId());
    }

    @Transactional
    public PostDetails create(String title, String body, Actor author) {
        String cleanTitle = validTitle(title);
        String cleanBody = validBody(body);
        Post post = new Post(entityManager.getReference(AppUser.class, author.id()), clock.instant());
        post.write(cleanTitle, cleanBody, excerptOf(cleanBody), clock.instant());
        posts.saveAndFlush(post);
        return find(post.getId()).orElseThrow();
    }

    /**
     * Saves new text over the version the editor opened. If anyone saved in between, nothing is
     * written and {@link StalePostException} says so.
     */
    @Transactional
    public PostDetails update(long id, long openedVersion, String title, String body, Actor actor) {
        Post post = posts.findWithAuthor(id).orElseThrow(() -> new NotFoundException("Post " + id));
        if (!actor.mayChange(post.getAuthor().getId())) {
            throw new NotPermittedException("Only the author or an admin may edit post " + id);
        }
        if (post.getVersion() != openedVersion) {
            throw new StalePostException(id);
        }
        String cleanTitle = validTitle(title);
        String cleanBody = validBody(body);
        post.write(cleanTitle, cleanBody, excerptOf(cleanBody), clock.instant());
        posts.saveAndFlush(post);
        return post.toDetails();
    }

    @Transactional
    public void delete(long id, Actor actor) {
        Post post = posts.findWithAuthor(id).orElseThrow(() -> new NotFoundException("Post " + id));
        if (!actor.mayChange(post.getAuthor().getId())) {
            throw new NotPermittedException("Only the author or an admin may delete post " + id);
        }
        posts.delete(post);
    }

    private static String validTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new InvalidPostException(InvalidPostException.Field.TITLE, "blog.editor.title-required");
        }
        if (clean.length() > TITLE_MAX) {
            throw new InvalidPostException(InvalidPostException.Field.TITLE, "blog.editor.title-too-long", TITLE_MAX);
        }
        return clean;
    }

    private static String validBody(String body) {
        String clean = body == null ? "" : body.stripTrailing();
        if (clean.length() > BODY_MAX) {
            throw new InvalidPostException(InvalidPostException.Field.BODY, "blog.editor.body-too-long", BODY_MAX);
        }
        return clean;
    }

    /** The first words of the body as one line of plain text. */
    private String excerptOf(String body) {
        return renderer.toPlainText(body, EXCERPT_SHOWN);
    }
}
