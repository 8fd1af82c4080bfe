package app.lightbox.blog.ui;

import app.lightbox.base.ui.DestructiveConfirmation;
import app.lightbox.base.ui.UiTimers;
import app.lightbox.blog.MarkdownRenderer;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.blog.ui.EditedPost.Outcome;
import app.lightbox.images.ImageService;
import app.lightbox.security.Actor;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writing a post: title, Markdown text and a live preview; images dropped on the editor upload
 * through the library and land in the text; the draft saves itself a few seconds after each change
 * and when the writer leaves. Publishing is a separate, explicit step. What is saved how lives in
 * {@link EditedPost}; this view shows it.
 */
@Route("posts/new")
@RouteAlias("posts/:id(\\d{1,18})/edit")
@PermitAll
public class PostEditorView extends Main
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle, EditorActions.Editor {

    private static final Logger log = LoggerFactory.getLogger(PostEditorView.class);

    /** Why a save runs: it decides what the writer is told and whether the address may change. */
    enum Trigger {
        /** The writer pressed Save or Publish: errors move the focus to the field at fault. */
        WRITER,
        /** The draft saves itself (a pause in typing, an inserted image, the first keystroke). */
        AUTOMATIC,
        /** The view is going away (navigation, logout, a closed tab): the address is no longer the editor's. */
        LEAVING
    }

    private final PostService posts;
    private final Actor actor;
    private final EditedPost editing;
    private final Autosave autosave;
    private final EditorStatus status = new EditorStatus();
    private final SaveProblem problem = new SaveProblem();
    private final PostForm form;
    private final EditorActions actions;
    private final AutosaveTimer autosaveTimer;

    PostEditorView(PostService posts, MarkdownRenderer renderer, ImageService images, CurrentUser currentUser,
            Clock clock, UiTimers timers) {
        this.posts = posts;
        this.actor = currentUser.require();
        this.editing = new EditedPost(posts, actor);
        this.autosave = new Autosave(clock);
        this.autosaveTimer = new AutosaveTimer(autosave, timers, this, () -> save(Trigger.AUTOMATIC));
        this.form = new PostForm(renderer, images, actor, this::changedByWriter, this::imagesInserted);
        this.actions = new EditorActions(editing, this, () -> posts.revisions(postIdOrThrow(), actor), renderer);
        addClassNames("page", "post-editor");

        add(status, problem, form, actions);
        showState();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            form.startWriting();
            return;
        }
        saveOtherEditorsOf(id.get(), event.getUI());
        PostDetails post = posts.find(id.get(), actor).orElse(null);
        if (post == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } else if (!posts.mayChange(post, actor)) {
            event.rerouteToError(AccessDeniedException.class);
        } else {
            editing.open(post);
            form.show(post.editedTitle(), post.editedBody());
            autosave.saved();
            showState();
        }
    }

    /**
     * Another tab of this session may have the same post open with text not saved yet: a reload (the
     * old page's goodbye can arrive after the new page asked for the post) or a second tab. That text
     * is saved first, so that this editor opens the latest version instead of one the other tab is
     * about to replace. The session is locked while a view is entered, so the other tab's view can save
     * right here, before this one reads the post.
     */
    private static void saveOtherEditorsOf(long postId, UI opening) {
        for (UI other : opening.getSession().getUIs()) {
            if (other == opening || other.isClosing()) {
                continue;
            }
            other.getInternals().getActiveRouterTargetsChain().stream()
                    .filter(view -> view instanceof PostEditorView editor && editor.isEditing(postId))
                    // as that tab's UI, so that what it shows (and any notification) goes there
                    .forEach(view -> other.accessSynchronously(((PostEditorView) view)::saveBeforeAnotherTabOpens));
        }
    }

    private boolean isEditing(long postId) {
        return editing.current().map(post -> post.id() == postId).orElse(false);
    }

    private void saveBeforeAnotherTabOpens() {
        if (autosave.hasUnsavedChanges()) {
            save(Trigger.AUTOMATIC);
        }
    }

    /**
     * Leaving saves what is unsaved. Text that cannot go over the post because it was changed or
     * deleted elsewhere becomes a draft of its own; otherwise (a published post without a title,
     * say) the writer decides whether to stay and fix it.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editing.dropIfEmptyNewDraft(form.title(), form.body())) {
            autosave.discarded();
            return;
        }
        if (!autosave.hasUnsavedChanges()) {
            return;
        }
        Outcome outcome = save(Trigger.LEAVING);
        if (isSaved(outcome) || (editing.isLost() && keepAsCopy(true).isPresent())) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        DestructiveConfirmation.open(getTranslation("blog.editor.leave.title"),
                getTranslation("blog.editor.leave.message"), getTranslation("blog.editor.leave.stay"),
                getTranslation("blog.editor.leave.confirm"), () -> {
                    autosave.discarded();
                    leave.proceed();
                });
    }

    /**
     * The view also goes away without a navigation: a closed or reloaded tab (the browser tells the
     * server), logout, a language switch, the session ending. Nobody can be asked any more: what
     * cannot be saved over the post is kept as a draft of its own.
     */
    @Override
    protected void onDetach(DetachEvent event) {
        autosaveTimer.stop();
        keepUnsavedQuietly();
        super.onDetach(event);
    }

    private void keepUnsavedQuietly() {
        if (editing.dropIfEmptyNewDraft(form.title(), form.body())) {
            autosave.discarded();
            return;
        }
        if (autosave.hasUnsavedChanges() && !isSaved(save(Trigger.LEAVING))) {
            keepAsCopy(false);
        }
    }

    private void changedByWriter() {
        autosave.changed();
        status.unsaved();
        if (editing.current().isEmpty()) {
            // The first keystroke makes the draft, so the address is the draft's before anyone can leave.
            save(Trigger.AUTOMATIC);
        } else {
            autosaveTimer.start();
        }
    }

    /** An inserted image is saved at once: its upload is done, and the text that shows it must not be lost. */
    private void imagesInserted() {
        if (!isAttached()) {
            // The upload finished after the writer left: the image still goes into their text.
            autosave.changed();
            keepUnsavedQuietly();
            return;
        }
        boolean isNew = editing.current().isEmpty();
        changedByWriter(); // which saves a new post at once
        if (!isNew) {
            save(Trigger.AUTOMATIC);
        }
    }

    /**
     * Saves the draft (or the published post's new text). A fresh post is created on its first save
     * and the address becomes its edit address.
     */
    private Outcome save(Trigger trigger) {
        form.clearInvalid();
        Outcome outcome = editing.save(form.title(), form.body());
        switch (outcome) {
            case EditedPost.Done done -> {
                autosave.saved();
                problem.clear();
                if (done.created() && trigger != Trigger.LEAVING) {
                    showAddress(done.post());
                }
                status.saved(trigger == Trigger.WRITER, done.post().editedAt());
                showState();
            }
            case EditedPost.NothingToSave nothing -> {
                autosave.saved();
                if (trigger == Trigger.WRITER && editing.current().isEmpty()) {
                    status.nothingToSaveYet();
                }
            }
            case EditedPost.Failure failure -> {
                autosave.failed();
                status.notSaved();
                explain(failure, trigger);
            }
        }
        return outcome;
    }

    private static boolean isSaved(Outcome outcome) {
        return outcome instanceof EditedPost.Done || outcome instanceof EditedPost.NothingToSave;
    }

    /**
     * Keeps the text as a new draft, which this editor edits from then on. Told in the editor when
     * the writer asked for it, in a notification when they are leaving, not at all when the page is gone.
     */
    private Optional<PostDetails> keepAsCopy(boolean leaving) {
        String original = form.title().isBlank()
                ? editing.current().map(PostDetails::title).filter(t -> !t.isBlank())
                        .orElse(getTranslation("blog.post.untitled"))
                : form.title();
        Optional<PostDetails> copy = editing.keepAsCopy(original,
                shortened -> getTranslation("blog.editor.copy-title", shortened), form.body());
        if (copy.isEmpty()) {
            log.warn("The text of post {} could not be saved, nor kept as a copy", postId());
            if (!leaving && isAttached()) {
                problem.show("blog.editor.copy-failed", null, null);
            }
            return copy;
        }
        log.info("Text that could not be saved over a post is kept as draft {}", copy.get().id());
        autosave.saved();
        if (leaving && isAttached()) {
            KeptCopyNotice.show(original, copy.get());
        } else if (isAttached()) {
            problem.clear();
            form.retitle(copy.get().title());
            showAddress(copy.get());
            status.keptAsCopy(copy.get().updatedAt());
            showState();
        }
        return copy;
    }

    /** The address and the tab's title follow the post now edited. */
    private void showAddress(PostDetails post) {
        getUI().ifPresent(ui -> {
            ui.getPage().getHistory().replaceState(null, "posts/" + post.id() + "/edit");
            ui.getPage().setTitle(getPageTitle());
        });
    }

    private long postIdOrThrow() {
        return editing.current().orElseThrow().id();
    }

    private String postId() {
        return editing.current().map(p -> String.valueOf(p.id())).orElse("(new)");
    }

    @Override
    public boolean saveNow() {
        return isSaved(save(Trigger.WRITER));
    }

    @Override
    public void explain(EditedPost.Failure failure) {
        explain(failure, Trigger.WRITER);
    }

    @Override
    public void reopen(PostDetails post) {
        form.show(post.editedTitle(), post.editedBody());
        autosave.saved();
        problem.clear();
        showState();
    }

    /** To the post as readers see it (after a publication, or when the writer is done), or the list. */
    @Override
    public void deleted(String title) {
        autosave.discarded();
        Notification.show(getTranslation("blog.delete.done", title));
        getUI().ifPresent(ui -> ui.navigate(DraftsView.class));
    }

    @Override
    public void close() {
        getUI().ifPresent(ui -> editing.current().filter(post -> !editing.isDeleted()).ifPresentOrElse(
                post -> ui.navigate(PostView.class, new RouteParameters("id", String.valueOf(post.id()))),
                () -> ui.navigate(PostListView.class)));
    }

    @Override
    public void showState() {
        status.showPost(getPageTitle(), editing.current().orElse(null));
        actions.show();
    }

    /**
     * Tells the writer why their text is not saved, in the editor, once per reason; moves the focus
     * only when they asked to save. While leaving, only the field at fault is marked: what happens
     * to the text is told next.
     */
    private void explain(EditedPost.Failure failure, Trigger trigger) {
        boolean leaving = trigger == Trigger.LEAVING;
        switch (failure) {
            case EditedPost.Invalid invalid -> form.markInvalid(invalid.problem(), trigger == Trigger.WRITER);
            case EditedPost.Stale stale when !leaving ->
                    problem.show("blog.editor.stale", "blog.editor.keep-copy", () -> keepAsCopy(false));
            case EditedPost.Deleted deleted when !leaving ->
                    problem.show("blog.editor.deleted", "blog.editor.keep-copy", () -> keepAsCopy(false));
            case EditedPost.Denied denied when !leaving -> problem.show("base.error.denied.message", null, null);
            case EditedPost.Failed failed when !leaving -> problem.show("blog.editor.failed", null, null);
            default -> { }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing.current().isEmpty() ? "blog.editor.new-title" : "blog.editor.edit-title");
    }
}
