package app.lightbox.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One timer thread for the whole application; what a timer runs (a save, say) runs on a virtual thread
 * of its own, so that one slow command does not hold up the others.
 */
@Component
class ScheduledUiTimers implements UiTimers, DisposableBean {

    private final ScheduledExecutorService timer;

    ScheduledUiTimers() {
        var executor = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("ui-timer").daemon().factory());
        executor.setRemoveOnCancelPolicy(true);
        this.timer = Executors.unconfigurableScheduledExecutorService(executor);
    }

    @Override
    public Registration schedule(UI ui, Duration delay, Command command) {
        ScheduledFuture<?> scheduled = timer.schedule(() -> Thread.startVirtualThread(() -> runIn(ui, command)),
                Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> scheduled.cancel(false);
    }

    private static void runIn(UI ui, Command command) {
        if (ui.isClosing()) {
            return;
        }
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the page went away meanwhile; whatever it left behind was handled when it went
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
