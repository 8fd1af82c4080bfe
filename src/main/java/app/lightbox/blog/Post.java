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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A blog post. The excerpt is derived from the body on every save, so that lists never read bodies.
 * Times are kept to the microsecond, as the database stores them.
 */
@Entity
@Table(name = "post")
class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = PostService.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = PostService.BODY_MAX)
    private String body;

    @Column(nullable = false, length = PostService.EXCERPT_MAX)
    private String excerpt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private AppUser author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Post() {}

    Post(AppUser author, Instant now) {
        this.author = author;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void write(String title, String body, String excerpt, Instant now) {
        this.title = title;
        this.body = body;
        this.excerpt = excerpt;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    Long getId() {
        return id;
    }

    AppUser getAuthor() {
        return author;
    }

    long getVersion() {
        return version;
    }

    PostDetails toDetails() {
        return new PostDetails(id, title, body, author.getId(), author.getUsername(), createdAt, updatedAt, version);
    }
}
