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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The post one editor works on: which version it opened, and saving or publishing over exactly that
 * version. Every attempt ends in an {@link Outcome} the editor shows; nothing here knows about
 * components, so the rules (a new post is created on its first save; once the post was changed or
 * deleted elsewhere, no save goes over it; text that cannot be saved can become a draft of its own)
 * are testable without a UI.
 */
final class EditedPost implements Serializable {

    private static final Logger log = LoggerFactory.getLogger(EditedPost.class);

    /** How an attempt to save, publish or unpublish ended. */
    sealed interface Outcome {}

    /** Saved (or published, or unpublished); {@code created} when this save made the post. */
    record Done(PostDetails post, boolean created) implements Outcome {}

    /** A new post with neither title nor text: there is nothing to save yet, and nothing is lost. */
    record NothingToSave() implements Outcome {}

    /** The text is not saved; the editor explains why. */
    sealed interface Failure extends Outcome {}

    record Invalid(InvalidPostException problem) implements Failure {}

    /** Someone saved the post after this editor opened it; no later save here goes over theirs. */
    record Stale() implements Failure {}

    /** The post is gone (deleted in another tab, or by an administrator). */
    record Deleted() implements Failure {}

    record Denied() implements Failure {}

    /** Something unexpected, such as the database being unreachable; trying again later may work. */
    record Failed() implements Failure {}

    private final PostService posts;
    private final Actor actor;
    private @Nullable PostDetails current;
    private @Nullable Failure lasting;
    /** Whether this editor made the post (its first save here), rather than opening a stored one. */
    private boolean madeHere;

    EditedPost(PostService posts, Actor actor) {
        this.posts = posts;
        this.actor = actor;
    }

    /** Starts editing a stored post, as it is now. */
    void open(PostDetails post) {
        current = post;
        lasting = null;
        madeHere = false;
    }

    /** The post as last opened or saved here; empty for a new post not saved yet. */
    Optional<PostDetails> current() {
        return Optional.ofNullable(current);
    }

    boolean isPublished() {
        return current != null && current.published();
    }

    /** Whether the post is published and has saved changes that readers do not see yet. */
    boolean hasPendingChanges() {
        return current != null && current.hasPendingChanges();
    }

    /** Whether no save can go over the post any more: it was changed elsewhere, or deleted. */
    boolean isLost() {
        return lasting != null;
    }

    boolean isDeleted() {
        return lasting instanceof Deleted;
    }

    /** Saves the text over the opened version, or creates the post if it has never been saved. */
    Outcome save(String title, String body) {
        if (lasting != null) {
            return lasting;
        }
        PostDetails opened = current;
        if (opened == null) {
            return title.isBlank() && body.isBlank() ? new NothingToSave()
                    : attempt(() -> posts.create(title, body, actor), true);
        }
        return attempt(() -> posts.update(opened.id(), opened.version(), title, body, actor), false);
    }

    /** Publishes a draft, or makes a published post a draft again; the post must have been saved. */
    Outcome togglePublished() {
        if (lasting != null) {
            return lasting;
        }
        PostDetails opened = current;
        if (opened == null) {
            throw new IllegalStateException("A post is saved before it is published");
        }
        return attempt(() -> opened.published()
                ? posts.unpublish(opened.id(), opened.version(), actor)
                : posts.publish(opened.id(), opened.version(), actor), false);
    }

    /** Publishes the saved pending changes of a published post ("Update"). */
    Outcome publishChanges() {
        return change(opened -> posts.publishChanges(opened.id(), opened.version(), actor));
    }

    /** Drops the saved pending changes of a published post. */
    Outcome discardChanges() {
        return change(opened -> posts.discardChanges(opened.id(), opened.version(), actor));
    }

    /** Takes an earlier published version back into the editor (as pending changes of a published post). */
    Outcome restore(long revisionId) {
        return change(opened -> posts.restore(opened.id(), opened.version(), revisionId, actor));
    }

    private Outcome change(Function<PostDetails, PostDetails> change) {
        if (lasting != null) {
            return lasting;
        }
        PostDetails opened = current;
        if (opened == null) {
            throw new IllegalStateException("Only a saved post has published versions");
        }
        return attempt(() -> change.apply(opened), false);
    }

    /**
     * Keeps text that could not be saved over the post as a new draft, and edits that draft from now
     * on. Its title is {@code titled} applied to the original title, which is shortened first if the
     * whole would be too long (so that the addition, such as "(unsaved copy)", stays visible). Empty if
     * the post was never saved (its copy would fail the same way) or the text cannot be stored at all.
     */
    Optional<PostDetails> keepAsCopy(String originalTitle, UnaryOperator<String> titled, String body) {
        if (current == null) {
            return Optional.empty();
        }
        int room = PostService.TITLE_MAX - titled.apply("").length();
        String copyTitle = titled.apply(shortened(originalTitle.strip(), Math.max(room, 0)));
        try {
            PostDetails copy = posts.create(copyTitle, body, actor);
            open(copy);
            return Optional.of(copy);
        } catch (InvalidPostException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            log.error("Could not keep the text of post {} as a copy", current.id(), e);
            return Optional.empty();
        }
    }

    /** At most {@code max} characters, never cutting a character outside the Basic Multilingual Plane in two. */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }

    /** Deletes the draft for good (its images stay in the library); no save goes over it afterwards. */
    Outcome delete() {
        return change(opened -> {
            posts.delete(opened.id(), actor);
            lasting = new Deleted();
            return opened;
        });
    }

    /**
     * A draft this editor made whose title and text are now empty again is not worth keeping: it is
     * deleted quietly when the writer leaves. True if that happened.
     */
    boolean dropIfEmptyNewDraft(String title, String body) {
        PostDetails made = current;
        if (!madeHere || made == null || made.published() || !title.isBlank() || !body.isBlank() || lasting != null) {
            return false;
        }
        try {
            posts.delete(made.id(), actor);
            lasting = new Deleted();
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not drop the empty new draft {}", made.id(), e);
            return false;
        }
    }

    private Outcome attempt(Supplier<PostDetails> change, boolean creating) {
        try {
            current = change.get();
            madeHere |= creating;
            return new Done(current, creating);
        } catch (InvalidPostException e) {
            return new Invalid(e);
        } catch (StalePostException e) {
            lasting = new Stale();
            return lasting;
        } catch (NotFoundException e) {
            lasting = new Deleted();
            return lasting;
        } catch (NotPermittedException e) {
            return new Denied();
        } catch (RuntimeException e) {
            log.error("Could not save post {}", current == null ? "(new)" : current.id(), e);
            return new Failed();
        }
    }
}
