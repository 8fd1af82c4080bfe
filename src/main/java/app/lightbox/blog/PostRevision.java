package app.lightbox.blog;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** A version of a post as it was published, by whom and when. */
@Entity
@Table(name = "post_revision")
class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false, length = PostService.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = PostService.BODY_MAX)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "published_by", nullable = false)
    private AppUser publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PostRevision() {}

    PostRevision(long postId, String title, String body, AppUser publishedBy, Instant publishedAt) {
        this.postId = postId;
        this.title = title;
        this.body = body;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt.truncatedTo(ChronoUnit.MICROS);
    }

    long getPostId() {
        return postId;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    RevisionDetails toDetails() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return new RevisionDetails(id, postId, title, body, publishedBy.getUsername(), publishedAt);
    }
}
