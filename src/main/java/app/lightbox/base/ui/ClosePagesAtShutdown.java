package app.lightbox.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * When the application stops, the open pages are closed while the database is still there, so that
 * what they hold unsaved (an editor's text) is saved as when a tab closes. Left to itself, Vaadin
 * closes them only when the servlet is destroyed, after Spring has shut the database down.
 */
@Component
class ClosePagesAtShutdown implements VaadinServiceInitListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClosePagesAtShutdown.class);

    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (VaadinSession session : List.copyOf(sessions)) {
            closePagesOf(session);
        }
    }

    /**
     * As Vaadin closes a session's pages when the session ends: each as its own UI (so that it speaks
     * its reader's language), one failure not keeping the others open. A request that still holds the
     * session after the graceful shutdown is not waited for without end.
     */
    private static void closePagesOf(VaadinSession session) {
        Lock lock = session.getLockInstance();
        try {
            if (!lock.tryLock(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("A session stayed busy for {} at shutdown; its pages were not closed", LOCK_WAIT);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            for (UI ui : List.copyOf(session.getUIs())) {
                try {
                    ui.accessSynchronously(() -> {
                        ui.close();
                        session.removeUI(ui);
                    });
                } catch (RuntimeException e) {
                    log.warn("Could not close a page at shutdown", e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server has let running requests finish, before it stops. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 512;
    }
}
