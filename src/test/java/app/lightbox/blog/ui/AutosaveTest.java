package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AutosaveTest {

    final MovableClock clock = MovableClock.at("2026-11-24T10:00:00Z");
    final Autosave autosave = new Autosave(clock);

    @Test
    void nothing_is_due_without_changes() {
        clock.advance(Duration.ofMinutes(5));
        assertThat(autosave.isDue()).isFalse();
        assertThat(autosave.hasUnsavedChanges()).isFalse();
    }

    @Test
    void saves_three_seconds_after_the_last_change() {
        autosave.changed();
        clock.advance(Duration.ofSeconds(2));
        assertThat(autosave.isDue()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(autosave.isDue()).isTrue();
    }

    @Test
    void saves_at_least_every_ten_seconds_while_someone_types_without_pausing() {
        autosave.changed();
        for (int second = 1; second < 10; second++) {
            clock.advance(Duration.ofSeconds(1));
            autosave.changed();
            assertThat(autosave.isDue()).as("after %d s of typing", second).isFalse();
        }
        clock.advance(Duration.ofSeconds(1));
        autosave.changed();
        assertThat(autosave.isDue()).isTrue();
    }

    @Test
    void after_a_failed_save_waits_for_the_next_change() {
        autosave.changed();
        clock.advance(Duration.ofSeconds(5));
        autosave.failed();
        clock.advance(Duration.ofMinutes(1));
        assertThat(autosave.isDue()).isFalse();
        assertThat(autosave.hasUnsavedChanges()).isTrue();

        autosave.changed();
        clock.advance(Duration.ofSeconds(3));
        assertThat(autosave.isDue()).isTrue();
    }

    @Test
    void a_save_clears_the_changes() {
        autosave.changed();
        autosave.saved();
        clock.advance(Duration.ofMinutes(1));
        assertThat(autosave.isDue()).isFalse();
        assertThat(autosave.hasUnsavedChanges()).isFalse();
    }

    @Test
    void tells_how_long_until_the_next_save_is_due() {
        assertThat(autosave.untilDue()).as("nothing to save").isEmpty();
        autosave.changed();
        assertThat(autosave.untilDue()).contains(Duration.ofSeconds(3));
        clock.advance(Duration.ofSeconds(2));
        autosave.changed();
        assertThat(autosave.untilDue()).as("a change moves the pause on").contains(Duration.ofSeconds(3));
        for (int second = 3; second < 9; second++) {
            clock.advance(Duration.ofSeconds(1));
            autosave.changed();
        }
        assertThat(autosave.untilDue()).as("but not past ten seconds of typing").contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(5));
        assertThat(autosave.untilDue()).as("overdue").contains(Duration.ZERO);
        autosave.failed();
        assertThat(autosave.untilDue()).as("after a failure, not until the next change").isEmpty();
    }
}
