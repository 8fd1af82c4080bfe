package app.lightbox.blog.ui;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.base.ui.UserTime;
import app.lightbox.blog.InvalidPostException;
import app.lightbox.blog.MarkdownRenderer;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.blog.StalePostException;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
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
    private PostDetails editing;
    private Registration polling;
    /** The post was deleted (in another tab, or by an admin) while open here: nothing more can be saved. */
    private boolean deleted;

    PostEditorView(PostService posts, MarkdownRenderer renderer, ImageService images, CurrentUser currentUser,
            Clock clock) {
        this.autosave = new Autosave(clock);
        this.posts = posts;
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
            editing = post;
            title.setValue(post.title());
            body.setValue(post.body());
            preview.show(post.body());
            autosave.saved();
            showState();
        }
    }

    /** Leaving saves what is unsaved; if that fails, the writer decides whether to stay. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!autosave.hasUnsavedChanges() || deleted || save(Trigger.LEAVING)) {
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
     * The view also goes away without a navigation: logout, a language switch (which reloads), the
     * tab's session ending. The server has the text as last synced from the browser: save it.
     */
    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
        if (autosave.hasUnsavedChanges()) {
            try {
                if (!save(Trigger.LEAVING)) {
                    keepAsCopy();
                }
            } catch (RuntimeException e) {
                log.warn("Could not save post {} while its editor closed", editing == null ? "(new)" : editing.id(), e);
            }
        }
        super.onDetach(event);
    }

    /**
     * The view closed without asking (a closed tab, a logout) and the text could not be saved over
     * the post: someone else saved it meanwhile, or deleted it. The text becomes a draft of its own
     * under "My drafts" rather than being lost.
     */
    private void keepAsCopy() {
        if (editing == null) {
            return; // a new post whose first save failed: a copy would fail the same way
        }
        String original = title.getValue().isBlank() ? editing.title() : title.getValue().strip();
        String copyTitle = getTranslation("blog.editor.copy-title", original);
        if (copyTitle.length() > PostService.TITLE_MAX) {
            copyTitle = copyTitle.substring(0, PostService.TITLE_MAX);
        }
        try {
            PostDetails copy = posts.create(copyTitle, body.getValue(), actor);
            log.info("Post {} could not be saved while its editor closed; the text is kept as draft {}",
                    editing.id(), copy.id());
        } catch (InvalidPostException e) {
            log.warn("Post {} could not be saved while its editor closed, nor kept as a copy: {}", editing.id(),
                    e.getMessage());
        }
    }

    private void changed(boolean byWriter) {
        if (!byWriter) {
            return;
        }
        autosave.changed();
        saveStatus.setText(getTranslation("blog.editor.status.unsaved"));
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
        if (editing == null) {
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
        if (deleted) {
            return false;
        }
        boolean automatic = trigger != Trigger.WRITER;
        if (editing == null && title.getValue().isBlank() && body.getValue().isBlank()) {
            autosave.saved();
            return true;
        }
        title.setInvalid(false);
        body.setInvalid(false);
        try {
            boolean creating = editing == null;
            editing = creating
                    ? posts.create(title.getValue(), body.getValue(), actor)
                    : posts.update(editing.id(), editing.version(), title.getValue(), body.getValue(), actor);
            autosave.saved();
            getUI().ifPresent(ui -> {
                ui.setPollInterval(-1);
                // While leaving, the address already belongs to the next view: rewriting it would make
                // that view's address the draft's, and Back would skip the draft.
                if (creating && trigger != Trigger.LEAVING) {
                    ui.getPage().getHistory().replaceState(null, "posts/" + editing.id() + "/edit");
                }
            });
            saveStatus.setText(getTranslation(automatic ? "blog.editor.status.autosaved" : "blog.editor.status.saved",
                    UserTime.dateTime(editing.updatedAt())));
            showState();
            return true;
        } catch (InvalidPostException e) {
            invalid(e, !automatic);
        } catch (StalePostException e) {
            stale();
        } catch (NotFoundException e) {
            deleted = true;
            saveStatus.setText(getTranslation("blog.editor.status.not-saved"));
            error("blog.editor.deleted");
        } catch (NotPermittedException e) {
            error("base.error.denied.message");
        }
        autosave.failed();
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        return false;
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
        if (!save(Trigger.WRITER) || editing == null) {
            return;
        }
        try {
            boolean publishing = !editing.published();
            editing = publishing
                    ? posts.publish(editing.id(), editing.version(), actor)
                    : posts.unpublish(editing.id(), editing.version(), actor);
            showState();
            Notification.show(getTranslation(publishing ? "blog.editor.published" : "blog.editor.unpublished",
                    editing.title()));
            if (publishing) {
                getUI().ifPresent(ui -> ui.navigate(PostView.class,
                        new RouteParameters("id", String.valueOf(editing.id()))));
            }
        } catch (InvalidPostException e) {
            invalid(e, true);
        } catch (StalePostException e) {
            stale();
        } catch (NotFoundException e) {
            deleted = true;
            error("blog.editor.deleted");
        }
    }

    private void close() {
        getUI().ifPresent(ui -> {
            if (editing == null) {
                ui.navigate(PostListView.class);
            } else {
                ui.navigate(PostView.class, new RouteParameters("id", String.valueOf(editing.id())));
            }
        });
    }

    private void showState() {
        boolean published = editing != null && editing.published();
        heading.setText(getTranslation(editing == null ? "blog.editor.new-title" : "blog.editor.edit-title"));
        state.setText(getTranslation(published ? "blog.state.published" : "blog.state.draft"));
        state.getElement().getThemeList().set("success", published);
        publish.setText(getTranslation(published ? "blog.editor.unpublish" : "blog.editor.publish"));
        save.setText(getTranslation(published ? "base.action.save" : "blog.editor.save-draft"));
    }

    /** Marks the field at fault; moves the focus there only when the writer asked to save. */
    private void invalid(InvalidPostException e, boolean moveFocus) {
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
        saveStatus.setText(getTranslation("blog.editor.status.not-saved"));
    }

    private void stale() {
        saveStatus.setText(getTranslation("blog.editor.status.not-saved"));
        error("blog.editor.stale");
    }

    private void error(String key) {
        Notification n = Notification.show(getTranslation(key), 10_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "blog.editor.new-title" : "blog.editor.edit-title");
    }
}
