package app.lightbox.blog.ui;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.blog.InvalidPostException;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.blog.StalePostException;
import app.lightbox.security.Actor;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The post one editor works on: which version it opened, and saving or publishing over exactly that
 * version. Every attempt ends in an {@link Outcome} the editor shows; nothing here knows about
 * components, so the rules (a new post is created on its first save, a deleted post takes no more
 * saves, text that cannot be saved can become a draft of its own) are testable without a UI.
 */
final class EditedPost implements Serializable {

    /** How an attempt to save, publish or unpublish ended. */
    sealed interface Outcome {
        /** Saved (or published, or unpublished); {@code created} when this save made the post. */
        record Done(PostDetails post, boolean created) implements Outcome {}

        /** A new post with neither title nor text: there is nothing to save yet, and nothing lost. */
        record NothingToSave() implements Outcome {}

        record Invalid(InvalidPostException problem) implements Outcome {}

        /** Someone saved the post after this editor opened it. */
        record Stale() implements Outcome {}

        /** The post is gone (deleted in another tab, or by an administrator). */
        record Deleted() implements Outcome {}

        record Denied() implements Outcome {}
    }

    private final PostService posts;
    private final Actor actor;
    private @Nullable PostDetails current;
    private boolean deleted;

    EditedPost(PostService posts, Actor actor) {
        this.posts = posts;
        this.actor = actor;
    }

    /** Starts editing a stored post, as it is now. */
    void open(PostDetails post) {
        current = post;
        deleted = false;
    }

    /** The post as last opened or saved here; empty for a new post not saved yet. */
    Optional<PostDetails> current() {
        return Optional.ofNullable(current);
    }

    boolean isPublished() {
        return current != null && current.published();
    }

    /** The post was deleted while open here: nothing more can be saved over it. */
    boolean isDeleted() {
        return deleted;
    }

    /** Saves the text over the opened version, or creates the post if it has never been saved. */
    Outcome save(String title, String body) {
        if (deleted) {
            return new Outcome.Deleted();
        }
        if (current == null && title.isBlank() && body.isBlank()) {
            return new Outcome.NothingToSave();
        }
        boolean creating = current == null;
        return attempt(() -> creating
                ? posts.create(title, body, actor)
                : posts.update(current.id(), current.version(), title, body, actor), creating);
    }

    /** Publishes a draft, or makes a published post a draft again; the post must have been saved. */
    Outcome togglePublished() {
        if (deleted) {
            return new Outcome.Deleted();
        }
        if (current == null) {
            throw new IllegalStateException("A post is saved before it is published");
        }
        long id = current.id();
        long version = current.version();
        return attempt(() -> current.published()
                ? posts.unpublish(id, version, actor)
                : posts.publish(id, version, actor), false);
    }

    /**
     * Keeps text that could not be saved over the post as a new draft of its own, titled
     * {@code copyTitle} (cut to the longest title allowed). Empty if the post was never saved (its
     * copy would fail the same way) or the text cannot be stored at all.
     */
    Optional<PostDetails> keepAsCopy(String copyTitle, String body) {
        if (current == null) {
            return Optional.empty();
        }
        String title = copyTitle.length() > PostService.TITLE_MAX ? copyTitle.substring(0, PostService.TITLE_MAX)
                : copyTitle;
        try {
            return Optional.of(posts.create(title, body, actor));
        } catch (InvalidPostException e) {
            return Optional.empty();
        }
    }

    private interface Change {
        PostDetails run();
    }

    private Outcome attempt(Change change, boolean creating) {
        try {
            current = change.run();
            return new Outcome.Done(current, creating);
        } catch (InvalidPostException e) {
            return new Outcome.Invalid(e);
        } catch (StalePostException e) {
            return new Outcome.Stale();
        } catch (NotFoundException e) {
            deleted = true;
            return new Outcome.Deleted();
        } catch (NotPermittedException e) {
            return new Outcome.Denied();
        }
    }
}
