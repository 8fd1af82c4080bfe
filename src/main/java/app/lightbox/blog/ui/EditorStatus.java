package app.lightbox.blog.ui;

import app.lightbox.base.ui.UserTime;
import app.lightbox.blog.PostDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The editor's heading: what is edited (a new or an existing post), whether it is a draft or published,
 * and whether the text is saved. The save status is announced to screen readers as it changes.
 */
class EditorStatus extends Div {

    private final H1 heading = new H1();
    private final Span state = new Span();
    private final Span saveStatus = new Span();

    EditorStatus() {
        addClassName("editor-header");
        state.addClassName("post-state");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        add(heading, state, saveStatus);
    }

    /** The heading, and whether the post is a draft, published, or published with changes readers do not see yet. */
    void showPost(String title, @Nullable PostDetails post) {
        heading.setText(title);
        boolean published = post != null && post.published();
        PostDetails.Pending pending = post == null ? null : post.pending();
        state.setText(pending != null
                ? getTranslation("blog.state.published-pending", UserTime.dateTime(pending.savedAt()))
                : getTranslation(published ? "blog.state.published" : "blog.state.draft"));
        state.getElement().getThemeList().set("success", published && pending == null);
        state.getElement().getThemeList().set("contrast", pending != null);
    }

    void unsaved() {
        saveStatus.setText(getTranslation("blog.editor.status.unsaved"));
    }

    /** Saved because the writer asked, or by itself. */
    void saved(boolean byWriter, Instant at) {
        saveStatus.setText(getTranslation(byWriter ? "blog.editor.status.saved" : "blog.editor.status.autosaved",
                UserTime.dateTime(at)));
    }

    void notSaved() {
        saveStatus.setText(getTranslation("blog.editor.status.not-saved"));
    }

    void nothingToSaveYet() {
        saveStatus.setText(getTranslation("blog.editor.status.nothing-yet"));
    }

    void keptAsCopy(Instant at) {
        saveStatus.setText(getTranslation("blog.editor.status.copied", UserTime.dateTime(at)));
    }
}
