package app.lightbox.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RoutinePushDisconnectsTest {

    private static final String PUSH = "com.vaadin.flow.server.communication.PushAtmosphereHandler";
    private static final String ATMOSPHERE = "org.atmosphere.cpr.AsynchronousProcessor";

    private final LoggerContext logging = new LoggerContext();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void logIntoAList() {
        logged.setContext(logging);
        logged.start();
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logged);
        RoutinePushDisconnects.installIn(logging);
    }

    @Test
    void a_message_pushed_to_a_page_that_just_closed_is_one_debug_line_not_an_error() {
        logging.getLogger(RoutinePushDisconnects.class).setLevel(Level.DEBUG);

        // as Tomcat 11 says it, seen in our own test runs when a tab closed
        logging.getLogger(PUSH).error("Exception in push connection", new IllegalStateException(
                "Message will not be sent because the WebSocket session has been closed"));
        logging.getLogger(ATMOSPHERE).error("Failed to cancel resource: 62a0", new IllegalStateException(
                "The remote endpoint was in state [TEXT_FULL_WRITING] which is an invalid state for called method"));
        logging.getLogger(PUSH).error("Exception in push connection",
                new RuntimeException("wrapped", new IOException("Broken pipe")));

        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
        assertThat(logged.list).hasSize(3).allSatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getFormattedMessage()).startsWith("A page's push connection ended");
            assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
        });
    }

    @Test
    void other_errors_of_the_push_connection_are_still_logged_with_their_stack_trace() {
        logging.getLogger(PUSH).error("Exception in push connection", new NullPointerException("a bug"));
        logging.getLogger(PUSH).error("Exception in push connection", new IllegalStateException("something else"));

        assertThat(logged.list).hasSize(2).allSatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getThrowableProxy()).isNotNull();
        });
    }

    @Test
    void a_closed_socket_reported_by_our_own_code_is_not_hidden() {
        Logger ours = logging.getLogger("app.lightbox.images.ImageService");
        ours.error("Could not send", new IOException("Broken pipe"));

        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.ERROR);
    }

    @Test
    void the_running_application_has_it_installed_once() {
        var application = (LoggerContext) LoggerFactory.getILoggerFactory();
        new RoutinePushDisconnects();
        new RoutinePushDisconnects();

        assertThat(application.getTurboFilterList()).filteredOn(f -> RoutinePushDisconnects.class.getSimpleName().equals(f.getName())).hasSize(1);
    }
}
