package app.lightbox.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/**
 * Runs something in a UI later, on the server: it does not depend on the browser asking (polling), so it
 * also happens when the browser has gone quiet (lost network, crashed). The command runs as the UI
 * ({@link UI#access}), and push brings what it changed to the page if the page is still there.
 */
public interface UiTimers {

    /**
     * Runs the command in the UI after the delay, unless the registration is removed first or the UI
     * is gone by then. A command already waiting for the UI's lock still runs after a removal: it
     * checks again what it acts on.
     */
    Registration schedule(UI ui, Duration delay, Command command);
}
