package app.lightbox.blog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A whole post, as a reader or the editor sees it. {@code title} is empty for an untitled draft;
 * {@code publishedAt} is the first publication, kept while the post is unpublished again.
 * {@code version} guards against overwriting a newer save.
 */
public record PostDetails(long id, String title, String body, long authorId, String authorName,
        Instant createdAt, Instant updatedAt, boolean published, @Nullable Instant publishedAt, long version) {}
