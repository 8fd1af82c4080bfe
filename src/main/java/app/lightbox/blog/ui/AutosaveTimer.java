package app.lightbox.blog.ui;

import app.lightbox.base.ui.UiTimers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Runs the editor's automatic save when {@link Autosave} says it is due, timed on the server: it does
 * not wait for the browser to ask, so text that reached the server is saved even if the browser then
 * goes quiet. One timer at a time; when it fires early (typing went on), it sets itself again.
 */
final class AutosaveTimer {

    private final Autosave autosave;
    private final UiTimers timers;
    private final Component editor;
    private final Runnable saveNow;
    private Registration pending;

    AutosaveTimer(Autosave autosave, UiTimers timers, Component editor, Runnable saveNow) {
        this.autosave = autosave;
        this.timers = timers;
        this.editor = editor;
        this.saveNow = saveNow;
    }

    /** After a change: a save will follow when it is due, unless one is already on its way. */
    void start() {
        if (pending != null) {
            return;
        }
        editor.getUI().ifPresent(ui -> autosave.untilDue().ifPresent(delay ->
                pending = timers.schedule(ui, delay, this::fire)));
    }

    void stop() {
        if (pending != null) {
            pending.remove();
            pending = null;
        }
    }

    private void fire() {
        pending = null;
        if (!editor.isAttached()) {
            return;
        }
        if (autosave.isDue()) {
            saveNow.run();
        } else {
            start();
        }
    }
}
