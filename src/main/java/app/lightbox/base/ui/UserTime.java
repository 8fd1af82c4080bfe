package app.lightbox.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as the user reads them: in their language's format and their browser's time zone (learned
 * once per session by {@link MainLayout}; the server's zone until then).
 */
public final class UserTime {

    private static final String ZONE_ATTRIBUTE = UserTime.class.getName() + ".zone";

    private UserTime() {}

    public static String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    public static String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).withZone(zone()).format(instant);
    }

    /**
     * Takes the page's time zone from what the browser sent when the page was opened; a zone it did not
     * name (or one Java does not know) leaves the server's zone.
     */
    static void rememberZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(ZONE_ATTRIBUTE) == null) {
            String id = ui.getPage().getExtendedClientDetails().getTimeZoneId();
            if (id != null && !id.isBlank()) {
                try {
                    session.setAttribute(ZONE_ATTRIBUTE, ZoneId.of(id));
                } catch (DateTimeException unknown) {
                    session.setAttribute(ZONE_ATTRIBUTE, ZoneId.systemDefault());
                }
            }
        }
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.getDefault();
    }

    /** The user's time zone (the server's until the browser has named one), e.g. to read a picked date. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId z ? z : ZoneId.systemDefault();
    }
}
