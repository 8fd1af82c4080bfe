package app.lightbox.blog;

import java.time.Instant;

/** A post as the list shows it: no body, only its plain-text excerpt. */
public record PostSummary(long id, String title, String authorName, Instant createdAt, String excerpt) {}
