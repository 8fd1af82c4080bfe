package app.lightbox.base.ui;

import app.lightbox.base.MovableClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Timers that run only when a test says so, by a clock the test moves: view tests see exactly what a
 * timer does, and nothing fires behind their back.
 */
public final class ManualUiTimers implements UiTimers {

    /** Import this into a view test to get a {@link MovableClock} and these timers instead of the real ones. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            // stands still unless moved, so that a slow machine does not make time pass in a test
            return new MovableClock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
        }

        @Bean
        @Primary
        ManualUiTimers manualUiTimers(MovableClock clock) {
            return new ManualUiTimers(clock);
        }
    }

    private static final class Timer {
        final Instant due;
        final Command command;

        Timer(Instant due, Command command) {
            this.due = due;
            this.command = command;
        }
    }

    private final Clock clock;
    private final List<Timer> pending = new ArrayList<>();

    public ManualUiTimers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Registration schedule(UI ui, Duration delay, Command command) {
        Timer timer = new Timer(clock.instant().plus(delay), command);
        pending.add(timer);
        return () -> cancel(timer);
    }

    private synchronized void cancel(Timer timer) {
        pending.remove(timer);
    }

    /**
     * Runs the timers due by the clock, in the test's thread: a browserless test holds the session lock,
     * as {@code UI.access} would.
     */
    public void runDue() {
        List<Timer> due;
        synchronized (this) {
            Instant now = clock.instant();
            due = pending.stream().filter(timer -> !timer.due.isAfter(now)).toList();
            pending.removeAll(due);
        }
        due.forEach(timer -> timer.command.execute());
    }

    public synchronized void clear() {
        pending.clear();
    }

    public synchronized int pending() {
        return pending.size();
    }
}
