package app.lightbox.blog.ui;

import app.lightbox.base.ui.DestructiveConfirmation;
import app.lightbox.base.ui.UserTime;
import app.lightbox.blog.MarkdownRenderer;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.RevisionDetails;
import app.lightbox.blog.ui.EditedPost.Outcome;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.List;

/**
 * The editor's buttons and what they do beyond saving. A draft: Save draft, Publish. A published post:
 * Save (its changes wait, unseen by readers), Update (publishes them), Discard changes, Unpublish. Both:
 * History (the published versions, to restore one) and Close.
 */
class EditorActions extends Div {

    /** What the buttons need of the editor around them. */
    interface Editor extends Serializable {
        /** Saves what is typed, as the writer asked; false if it could not be saved (and the writer was told). */
        boolean saveNow();

        /** Tells the writer why a change did not go through. */
        void explain(EditedPost.Failure failure);

        /** Shows the post's text as now saved, replacing what the fields hold. */
        void reopen(PostDetails post);

        /** Shows the post after a change: the state, the buttons. */
        void showState();

        /** Shows the post as readers see it, or the list when there is none. */
        void close();

        /** The draft is deleted: off to the drafts, nothing to save any more. */
        void deleted(String title);
    }

    private final EditedPost editing;
    private final Editor editor;
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button update = new Button();
    private final Button discard = new Button();
    private final Button historyButton = new Button();
    private final Button delete = new Button();

    EditorActions(EditedPost editing, Editor editor, SerializableSupplier<List<RevisionDetails>> history,
            MarkdownRenderer renderer) {
        this.editing = editing;
        this.editor = editor;
        addClassName("post-actions");
        save.addClickListener(e -> editor.saveNow());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        publish.addClickListener(e -> togglePublished());
        update.setText(getTranslation("blog.editor.update"));
        update.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        update.addClickListener(e -> publishChanges());
        discard.setText(getTranslation("blog.editor.discard"));
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> confirmDiscard());
        historyButton.setText(getTranslation("blog.editor.history"));
        historyButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        historyButton.addClickListener(e -> new RevisionHistoryDialog(history.get(), renderer, this::confirmRestore).open());
        delete.setText(getTranslation("blog.editor.delete-draft"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        Button close = new Button(getTranslation("blog.editor.close"), e -> editor.close());
        add(save, update, publish, discard, historyButton, delete, close);
    }

    /** Labels and shows the buttons for the post as it is now. */
    void show() {
        boolean published = editing.isPublished();
        save.setText(getTranslation(published ? "base.action.save" : "blog.editor.save-draft"));
        publish.setText(getTranslation(published ? "blog.editor.unpublish" : "blog.editor.publish"));
        publish.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!published) {
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        update.setVisible(published);
        discard.setVisible(editing.hasPendingChanges());
        historyButton.setVisible(editing.current().isPresent());
        delete.setVisible(editing.current().isPresent() && !published);
    }

    private void togglePublished() {
        if (!editor.saveNow() || editing.current().isEmpty()) {
            return;
        }
        boolean publishing = !editing.isPublished();
        switch (editing.togglePublished()) {
            case EditedPost.Done done -> {
                editor.reopen(done.post());
                Notification.show(getTranslation(publishing ? "blog.editor.published" : "blog.editor.unpublished",
                        done.post().title()));
                if (publishing) {
                    editor.close();
                }
            }
            case EditedPost.Failure failure -> editor.explain(failure);
            case EditedPost.NothingToSave nothing -> throw new IllegalStateException("Publishing saves nothing");
        }
    }

    /** Update: saves what is typed, then publishes the post's pending changes. */
    private void publishChanges() {
        if (!editor.saveNow()) {
            return;
        }
        if (!editing.hasPendingChanges()) {
            Notification.show(getTranslation("blog.editor.no-changes"));
            return;
        }
        Outcome outcome = editing.publishChanges();
        if (outcome instanceof EditedPost.Done done) {
            editor.reopen(done.post());
            Notification.show(getTranslation("blog.editor.updated", done.post().title()));
            editor.close();
        } else if (outcome instanceof EditedPost.Failure failure) {
            editor.explain(failure);
        }
    }

    /**
     * Takes the published version into the editor, after asking when that replaces text not published
     * (pending changes, or a draft's text): the history keeps only what was published.
     */
    private void confirmRestore(RevisionDetails revision) {
        if (!editor.saveNow()) {
            return;
        }
        boolean replacesUnpublished = editing.isPublished() ? editing.hasPendingChanges()
                : editing.current().map(post -> !post.body().equals(revision.body()) || !post.title().equals(revision.title()))
                        .orElse(false);
        String when = UserTime.dateTime(revision.publishedAt());
        if (!replacesUnpublished) {
            restore(revision, when);
            return;
        }
        DestructiveConfirmation.open(getTranslation("blog.history.replace.title"),
                getTranslation("blog.history.replace.message", when), getTranslation("blog.history.replace.keep"),
                getTranslation("blog.history.restore"), () -> restore(revision, when));
    }

    private void restore(RevisionDetails revision, String when) {
        Outcome outcome = editing.restore(revision.id());
        if (outcome instanceof EditedPost.Done done) {
            editor.reopen(done.post());
            Notification.show(getTranslation("blog.history.restored", when));
        } else if (outcome instanceof EditedPost.Failure failure) {
            editor.explain(failure);
        }
    }

    private void confirmDelete() {
        String title = editing.current().map(PostDetails::title).filter(t -> !t.isBlank())
                .orElse(getTranslation("blog.post.untitled"));
        DestructiveConfirmation.delete(getTranslation("blog.delete.draft-title"), getTranslation("blog.delete.message", title),
                () -> {
                    Outcome outcome = editing.delete();
                    if (outcome instanceof EditedPost.Done) {
                        editor.deleted(title);
                    } else if (outcome instanceof EditedPost.Failure failure) {
                        editor.explain(failure);
                    }
                });
    }

    private void confirmDiscard() {
        DestructiveConfirmation.open(getTranslation("blog.editor.discard.title"),
                getTranslation("blog.editor.discard.message"), getTranslation("blog.editor.discard.keep"),
                getTranslation("blog.editor.discard"), () -> {
                    Outcome outcome = editing.discardChanges();
                    if (outcome instanceof EditedPost.Done done) {
                        editor.reopen(done.post());
                        Notification.show(getTranslation("blog.editor.discarded"));
                    } else if (outcome instanceof EditedPost.Failure failure) {
                        editor.explain(failure);
                    }
                });
    }
}
