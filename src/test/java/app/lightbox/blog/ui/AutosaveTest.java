package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AutosaveTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();
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
}
