package app.lightbox.blog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post as lists show it: no body, only its plain-text excerpt.
 *
 * @param publishedAt the first publication; null for a draft that was never published
 * @param coverImage the stored name of the first library image in the body, or null
 */
public record PostSummary(long id, String title, String authorName, @Nullable Instant publishedAt, Instant updatedAt,
        String excerpt, @Nullable String coverImage) {

    PostSummary withoutCover() {
        return new PostSummary(id, title, authorName, publishedAt, updatedAt, excerpt, null);
    }
}
