package app.lightbox.blog;

import app.lightbox.security.Actor;
import app.lightbox.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A blog post, a draft until it is published. The excerpt and the cover image are derived from the
 * body on every save, so that lists never read bodies. Times are kept to the microsecond, as the
 * database stores them.
 */
@Entity
@Table(name = "post")
class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** Empty for a draft nobody has named yet; a published post always has one. */
    @Column(nullable = false, length = PostService.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = PostService.BODY_MAX)
    private String body;

    @Column(nullable = false, length = PostService.EXCERPT_MAX)
    private String excerpt;

    /** What a search looks in besides the title: the text readers see, not the Markdown (see {@link PostText}). */
    @Column(name = "search_text", nullable = false, length = PostService.BODY_MAX)
    private String searchText;

    @Column(name = "cover_image", length = PostService.COVER_MAX)
    private @Nullable String coverImage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private AppUser author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private boolean published;

    /** The first publication; kept when the post is unpublished. */
    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    /** Saved changes to the published post, not shown to readers until published; all null when none. */
    @Column(name = "pending_title", length = PostService.TITLE_MAX)
    private @Nullable String pendingTitle;

    @Column(name = "pending_body", length = PostService.BODY_MAX)
    private @Nullable String pendingBody;

    @Column(name = "pending_saved_at")
    private @Nullable Instant pendingSavedAt;

    @Version
    private long version;

    protected Post() {}

    Post(AppUser author, Instant now) {
        this.author = author;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void write(String title, String body, String excerpt, String searchText, @Nullable String coverImage, Instant now) {
        this.title = title;
        this.body = body;
        this.excerpt = excerpt;
        this.searchText = searchText;
        this.coverImage = coverImage;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Keeps changes to the published post aside until they are published; readers see none of them. */
    void writePending(String title, String body, Instant now) {
        this.pendingTitle = title;
        this.pendingBody = body;
        this.pendingSavedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void clearPending() {
        pendingTitle = null;
        pendingBody = null;
        pendingSavedAt = null;
    }

    boolean hasPending() {
        return pendingBody != null;
    }

    /** Makes the post public; only the first publication sets its date. */
    void publish(Instant now) {
        published = true;
        if (publishedAt == null) {
            publishedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
    }

    void unpublish() {
        published = false;
    }

    /** Published posts are for everyone; a draft only for its author and admins. */
    boolean isVisibleTo(@Nullable Actor viewer) {
        return published || (viewer != null && viewer.mayChange(author.getId()));
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    AppUser getAuthor() {
        return author;
    }

    boolean isPublished() {
        return published;
    }

    long getVersion() {
        return version;
    }

    @Nullable String getPendingTitle() {
        return pendingTitle;
    }

    @Nullable String getPendingBody() {
        return pendingBody;
    }

    PostDetails toDetails() {
        PostDetails.Pending pending = pendingBody == null || pendingTitle == null || pendingSavedAt == null ? null
                : new PostDetails.Pending(pendingTitle, pendingBody, pendingSavedAt);
        return new PostDetails(getId(), title, body, author.getId(), author.getUsername(), createdAt, updatedAt,
                published, publishedAt, version, pending);
    }
}
