package app.lightbox.blog.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the editor saves by itself: after a pause in typing, and also while someone types without
 * pausing, at least every {@link #LONGEST_UNSAVED}. After an automatic save fails (a conflict, a
 * missing title) it waits for the next change instead of retrying.
 */
final class Autosave implements Serializable {

    static final Duration AFTER_PAUSE = Duration.ofSeconds(3);
    static final Duration LONGEST_UNSAVED = Duration.ofSeconds(10);
    /** A timer may wake a little early (its clock is not the wall clock): that close counts as due. */
    static final Duration SLACK = Duration.ofMillis(20);

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
        return untilDue().filter(Duration::isZero).isPresent();
    }

    /**
     * How long until an automatic save should run (zero if it should now); empty when none will run
     * without a further change.
     */
    Optional<Duration> untilDue() {
        if (firstUnsavedChange == null || paused) {
            return Optional.empty();
        }
        Instant due = lastChange.plus(AFTER_PAUSE);
        Instant latest = firstUnsavedChange.plus(LONGEST_UNSAVED);
        Duration left = Duration.between(clock.instant(), due.isBefore(latest) ? due : latest);
        return Optional.of(left.compareTo(SLACK) <= 0 ? Duration.ZERO : left);
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
