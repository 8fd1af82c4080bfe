package app.lightbox.base.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A page that goes away (a closed tab, a dropped network) is routine, yet Vaadin's push connection
 * and its Atmosphere library log the race it causes as an error with a stack trace: a message pushed
 * to a page whose web socket has just closed, a cancel meeting a half-written frame. This filter turns
 * exactly those into one debug line; every other error of the same loggers still reaches the log.
 *
 * <p>Installed in Logback when the application starts (Spring Boot's own logging set-up is kept). The
 * logging system is set up again when the application starts again, so this runs each time.
 */
@Component
class RoutinePushDisconnects {

    static final Set<String> PUSH_LOGGERS = Set.of(
            "com.vaadin.flow.server.communication.PushAtmosphereHandler",
            "com.vaadin.flow.server.communication.PushHandler",
            "org.atmosphere.cpr.AsynchronousProcessor",
            "org.atmosphere.cpr.DefaultBroadcaster");

    /** What Tomcat's web socket says when it is written to after, or while, the page closed it. */
    private static final Set<String> CLOSED_SOCKET_MESSAGES = Set.of(
            "WebSocket session has been closed", "The remote endpoint was in state", "Broken pipe",
            "Connection reset", "Connection remotely closed");

    RoutinePushDisconnects() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            installIn(logback);
        }
    }

    /** In place of any earlier one: each application start in the same logging (tests) installs it again. */
    static void installIn(LoggerContext logback) {
        logback.getTurboFilterList().removeIf(filter -> filter instanceof Filter);
        Filter filter = new Filter();
        filter.setName(RoutinePushDisconnects.class.getSimpleName());
        filter.setContext(logback);
        filter.start();
        logback.addTurboFilter(filter);
    }

    private static final class Filter extends TurboFilter {

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                Throwable t) {
            if (level != Level.ERROR || t == null || !PUSH_LOGGERS.contains(logger.getName()) || !isDisconnect(t)) {
                return FilterReply.NEUTRAL;
            }
            logger.getLoggerContext().getLogger(RoutinePushDisconnects.class)
                    .debug("A page's push connection ended while a message was on its way: {}", t.toString());
            return FilterReply.DENY;
        }
    }

    /** Whether the throwable, or one of its causes, says only that the browser's end went away. */
    static boolean isDisconnect(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClosedChannelException || cause instanceof EOFException
                    || cause.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
            String message = cause.getMessage();
            if ((cause instanceof IOException || cause instanceof IllegalStateException) && message != null
                    && CLOSED_SOCKET_MESSAGES.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }
}
