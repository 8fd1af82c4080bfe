package app.lightbox.blog;

import java.time.Instant;

/** A published version of a post, for its history. */
public record RevisionDetails(long id, long postId, String title, String body, String publishedBy,
        Instant publishedAt) {}
