package app.lightbox.blog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A whole post, as a reader or the editor sees it. {@code title} and {@code body} are what readers
 * see; {@code title} is empty for an untitled draft. {@code publishedAt} is the first publication, kept
 * while the post is unpublished again. {@code version} guards against overwriting a newer save.
 *
 * @param pending changes to the published post that are saved but not published yet; only ever given to
 *     those who may change the post, null for everyone else and when there are none
 */
public record PostDetails(long id, String title, String body, long authorId, String authorName,
        Instant createdAt, Instant updatedAt, boolean published, @Nullable Instant publishedAt, long version,
        @Nullable Pending pending) {

    /** Saved changes to a published post that readers do not see until the writer presses Update. */
    public record Pending(String title, String body, Instant savedAt) {}

    /** The title the editor works on: the pending one, if any. */
    public String editedTitle() {
        return pending == null ? title : pending.title();
    }

    /** The text the editor works on: the pending one, if any. */
    public String editedBody() {
        return pending == null ? body : pending.body();
    }

    /** When the text the editor works on was last saved. */
    public Instant editedAt() {
        return pending == null ? updatedAt : pending.savedAt();
    }

    public boolean hasPendingChanges() {
        return pending != null;
    }

    /** The same post as a reader sees it, without its pending changes. */
    PostDetails withoutPending() {
        return pending == null ? this : new PostDetails(id, title, body, authorId, authorName, createdAt, updatedAt,
                published, publishedAt, version, null);
    }
}
