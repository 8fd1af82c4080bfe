package app.lightbox.blog;

import java.time.Instant;

/** A whole post, as a reader or the editor sees it. {@code version} guards against overwriting a newer save. */
public record PostDetails(long id, String title, String body, long authorId, String authorName,
        Instant createdAt, Instant updatedAt, long version) {}
