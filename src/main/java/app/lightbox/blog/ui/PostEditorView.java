package app.lightbox.blog.ui;

import app.lightbox.base.ui.UserTime;
import app.lightbox.blog.InvalidPostException;
import app.lightbox.blog.MarkdownRenderer;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.images.ImageService;
import app.lightbox.security.Actor;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writing a post: title, Markdown text and a live preview; images dropped on the editor upload
 * through the library and land in the text; the draft saves itself a few seconds after each change
 * and when the writer leaves. Publishing is a separate, explicit step.
 */
@Route("posts/new")
@RouteAlias("posts/:id(\\d{1,18})/edit")
@PermitAll
public class PostEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;
    private static final int PREVIEW_DEBOUNCE_MILLIS = 400;
    private static final Logger log = LoggerFactory.getLogger(PostEditorView.class);

    private final PostService posts;
    private final MarkdownRenderer renderer;
    private final Actor actor;
    private final H1 heading = new H1();
    private final Span state = new Span();
    private final Span saveStatus = new Span();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final PostPreview preview;
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Autosave autosave;
    private final EditedPost editing;
    private Registration polling;
    /** The last error shown, closed once it no longer applies (a later save worked, the text was kept). */
    private @Nullable Notification shownError;

    PostEditorView(PostService posts, MarkdownRenderer renderer, ImageService images, CurrentUser currentUser,
            Clock clock) {
        this.autosave = new Autosave(clock);
        this.posts = posts;
        this.editing = new EditedPost(posts, currentUser.require());
        this.renderer = renderer;
        this.actor = currentUser.require();
        this.preview = new PostPreview(renderer, body::getValue);
        addClassNames("page", "post-editor");

        title.setLabel(getTranslation("blog.editor.title"));
        title.setMaxLength(PostService.TITLE_MAX);
        title.setManualValidation(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> changed(e.isFromClient()));

        body.setLabel(getTranslation("blog.editor.body"));
        body.setHelperText(getTranslation("blog.editor.body-help"));
        body.setMaxLength(PostService.BODY_MAX);
        body.setManualValidation(true);
        body.setWidthFull();
        body.addClassName("markdown-field");
        // Every keystroke reaches the server at once (the browser batches them while a request is under
        // way), so closing the tab loses nothing; the preview follows a short pause in typing.
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                preview.show(e.getValue());
            }
            changed(e.isFromClient());
        });
        // Not "input": a second, debounced listener on the event that carries the value would send the
        // value as it was when the pause began, and undo text the server inserted meanwhile (an image).
        body.getElement().addEventListener("value-changed", e -> preview.show(body.getValue()))
                .debounce(PREVIEW_DEBOUNCE_MILLIS);

        EditorImages editorImages = new EditorImages(images, actor, body, this::imagesInserted);

        state.addClassName("post-state");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        Div header = new Div(heading, state, saveStatus);
        header.addClassName("editor-header");

        save.addClickListener(e -> save(Trigger.WRITER));
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> togglePublished());
        Button close = new Button(getTranslation("blog.editor.close"), e -> close());
        Div actions = new Div(save, publish, close);
        actions.addClassName("post-actions");

        Div writing = new Div(title, editorImages);
        writing.addClassName("editor-writing");
        Div columns = new Div(writing, preview);
        columns.addClassName("editor-columns");
        add(header, columns, actions);
        showState();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            return;
        }
        PostDetails post = posts.find(id.get(), actor).orElse(null);
        if (post == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } else if (!posts.mayChange(post, actor)) {
            event.rerouteToError(AccessDeniedException.class);
        } else {
            editing.open(post);
            title.setValue(post.title());
            body.setValue(post.body());
            preview.show(post.body());
            autosave.saved();
            showState();
        }
    }

    /**
     * Leaving saves what is unsaved. Text that cannot be saved over the post becomes a draft of its
     * own; only if even that fails does the writer decide whether to stay.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!autosave.hasUnsavedChanges() || saveOrKeepCopy(true)) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("blog.editor.leave.title"),
                getTranslation("blog.editor.leave.message"), getTranslation("blog.editor.leave.confirm"), e -> {
                    autosave.discarded();
                    leave.proceed();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("blog.editor.leave.stay"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(e -> {
            if (autosave.isDue()) {
                save(Trigger.AUTOMATIC);
            }
        });
    }

    /**
     * The view also goes away without a navigation: a closed or reloaded tab (the browser tells the
     * server), logout, a language switch, the session ending. The server has the text as last synced
     * from the browser, which is every keystroke: save it, or keep it as a copy.
     */
    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
        if (autosave.hasUnsavedChanges()) {
            try {
                saveOrKeepCopy(false);
            } catch (RuntimeException e) {
                log.warn("Could not save post {} while its editor closed", postId(), e);
            }
        }
        super.onDetach(event);
    }

    /**
     * Saves the text for a writer who is leaving. If it cannot be saved over the post (someone else
     * saved or deleted it, a published post lost its title), it becomes a new draft, so that nothing
     * typed is lost. Returns whether the text is kept one way or the other.
     */
    private boolean saveOrKeepCopy(boolean tellWriter) {
        if (save(Trigger.LEAVING)) {
            return true;
        }
        String original = title.getValue().isBlank()
                ? editing.current().map(PostDetails::title).orElse("")
                : title.getValue().strip();
        var copy = editing.keepAsCopy(getTranslation("blog.editor.copy-title", original), body.getValue());
        if (copy.isEmpty()) {
            log.warn("Post {} could not be saved as its editor closed, nor kept as a copy", postId());
            return false;
        }
        log.info("Post {} could not be saved as its editor closed; its text is kept as draft {}", postId(),
                copy.get().id());
        autosave.discarded();
        if (tellWriter) {
            closeShownError();
            Notification notice = Notification.show(getTranslation("blog.editor.kept-as-copy", original,
                    copy.get().title()), 10_000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        return true;
    }

    private String postId() {
        return editing.current().map(p -> String.valueOf(p.id())).orElse("(new)");
    }

    private void changed(boolean byWriter) {
        if (!byWriter) {
            return;
        }
        autosave.changed();
        saveStatus.setText(getTranslation("blog.editor.status.unsaved"));
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
        if (editing.current().isEmpty()) {
            // The first keystroke makes the draft, so the address is the draft's before anyone can leave.
            save(Trigger.AUTOMATIC);
        }
    }

    /** An inserted image is saved at once: its upload is done, and the text that shows it must not be lost. */
    private void imagesInserted() {
        preview.show(body.getValue());
        changed(true);
        save(Trigger.AUTOMATIC);
    }

    /**
     * Saves the draft (or the published post's new text). A fresh post is created on its first save
     * and the address becomes its edit address. Returns whether everything is saved.
     */
    private boolean save(Trigger trigger) {
        title.setInvalid(false);
        body.setInvalid(false);
        EditedPost.Outcome outcome = editing.save(title.getValue(), body.getValue());
        boolean saved = outcome instanceof EditedPost.Outcome.Done || outcome instanceof EditedPost.Outcome.NothingToSave;
        if (saved) {
            autosave.saved();
        } else {
            autosave.failed();
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (outcome instanceof EditedPost.Outcome.Done done) {
            closeShownError();
            // While leaving, the address already belongs to the next view: rewriting it would make
            // that view's address the draft's, and Back would skip the draft.
            if (done.created() && trigger != Trigger.LEAVING) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "posts/" + done.post().id() + "/edit"));
            }
            saveStatus.setText(getTranslation(trigger == Trigger.WRITER ? "blog.editor.status.saved"
                    : "blog.editor.status.autosaved", UserTime.dateTime(done.post().updatedAt())));
            showState();
        } else {
            explain(outcome, trigger);
        }
        return saved;
    }

    /** Why a save runs: it decides what the writer is told and whether the address may change. */
    enum Trigger {
        /** The writer pressed Save or Publish: errors move the focus to the field at fault. */
        WRITER,
        /** The draft saves itself (a pause in typing, an inserted image, the first keystroke). */
        AUTOMATIC,
        /** The view is going away (navigation, logout, a closed tab): the address is no longer the editor's. */
        LEAVING
    }

    private void togglePublished() {
        if (!save(Trigger.WRITER) || editing.current().isEmpty()) {
            return;
        }
        boolean publishing = !editing.isPublished();
        EditedPost.Outcome outcome = editing.togglePublished();
        if (outcome instanceof EditedPost.Outcome.Done done) {
            showState();
            Notification.show(getTranslation(publishing ? "blog.editor.published" : "blog.editor.unpublished",
                    done.post().title()));
            if (publishing) {
                getUI().ifPresent(ui -> ui.navigate(PostView.class,
                        new RouteParameters("id", String.valueOf(done.post().id()))));
            }
        } else {
            explain(outcome, Trigger.WRITER);
        }
    }

    private void close() {
        getUI().ifPresent(ui -> editing.current().ifPresentOrElse(
                post -> ui.navigate(PostView.class, new RouteParameters("id", String.valueOf(post.id()))),
                () -> ui.navigate(PostListView.class)));
    }

    private void showState() {
        boolean published = editing.isPublished();
        heading.setText(getPageTitle());
        state.setText(getTranslation(published ? "blog.state.published" : "blog.state.draft"));
        state.getElement().getThemeList().set("success", published);
        publish.setText(getTranslation(published ? "blog.editor.unpublish" : "blog.editor.publish"));
        save.setText(getTranslation(published ? "base.action.save" : "blog.editor.save-draft"));
    }

    /**
     * Tells the writer why their text was not saved; moves the focus only when they asked to save.
     * While leaving, only the field at fault is marked: what happens to the text is told next.
     */
    private void explain(EditedPost.Outcome outcome, Trigger trigger) {
        saveStatus.setText(getTranslation("blog.editor.status.not-saved"));
        boolean notify = trigger != Trigger.LEAVING;
        switch (outcome) {
            case EditedPost.Outcome.Invalid invalid -> markInvalid(invalid.problem(), trigger == Trigger.WRITER);
            case EditedPost.Outcome.Stale stale -> error("blog.editor.stale", notify);
            case EditedPost.Outcome.Deleted deleted -> error("blog.editor.deleted", notify);
            case EditedPost.Outcome.Denied denied -> error("base.error.denied.message", notify);
            case EditedPost.Outcome.Done done -> throw new IllegalArgumentException("Nothing to explain: " + done);
            case EditedPost.Outcome.NothingToSave nothing -> throw new IllegalArgumentException("Nothing to explain");
        }
    }

    private void markInvalid(InvalidPostException e, boolean moveFocus) {
        String message = getTranslation(e.messageKey(), e.args());
        if (e.field() == InvalidPostException.Field.TITLE) {
            title.setErrorMessage(message);
            title.setInvalid(true);
            if (moveFocus) {
                title.focus();
            }
        } else {
            body.setErrorMessage(message);
            body.setInvalid(true);
            if (moveFocus) {
                body.focus();
            }
        }
    }

    private void error(String key, boolean notify) {
        if (!notify) {
            return;
        }
        closeShownError();
        shownError = Notification.show(getTranslation(key), 10_000, Notification.Position.MIDDLE);
        shownError.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void closeShownError() {
        if (shownError != null) {
            shownError.close();
            shownError = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing.current().isEmpty() ? "blog.editor.new-title" : "blog.editor.edit-title");
    }
}
