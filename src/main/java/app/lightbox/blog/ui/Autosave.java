package app.lightbox.blog.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the editor saves by itself: after a pause in typing, and also while someone types without
 * pausing, at least every {@link #LONGEST_UNSAVED}. After an automatic save fails (a conflict, a
 * missing title) it waits for the next change instead of retrying every second.
 */
final class Autosave implements Serializable {

    static final Duration AFTER_PAUSE = Duration.ofSeconds(3);
    static final Duration LONGEST_UNSAVED = Duration.ofSeconds(10);

    private final Clock clock;
    private Instant firstUnsavedChange;
    private Instant lastChange;
    private boolean paused;

    Autosave(Clock clock) {
        this.clock = clock;
    }

    void changed() {
        Instant now = clock.instant();
        if (firstUnsavedChange == null) {
            firstUnsavedChange = now;
        }
        lastChange = now;
        paused = false;
    }

    boolean hasUnsavedChanges() {
        return firstUnsavedChange != null;
    }

    /** Whether an automatic save should run now. */
    boolean isDue() {
        if (firstUnsavedChange == null || paused) {
            return false;
        }
        Instant now = clock.instant();
        return !now.isBefore(lastChange.plus(AFTER_PAUSE)) || !now.isBefore(firstUnsavedChange.plus(LONGEST_UNSAVED));
    }

    void saved() {
        firstUnsavedChange = null;
        lastChange = null;
        paused = false;
    }

    /** The changes stay unsaved, but no automatic save runs until the next change. */
    void failed() {
        paused = true;
    }

    /** The writer chose to drop the changes. */
    void discarded() {
        saved();
    }
}
