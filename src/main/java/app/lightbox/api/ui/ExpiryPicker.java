package app.lightbox.api.ui;

import app.lightbox.base.ui.UserTime;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The last day a token works, in the user's time zone, from today on; empty for a token that does not
 * expire. The calendar speaks the page's language (month and day names from Java's locale data).
 */
class ExpiryPicker extends DatePicker {

    private final ZoneId zone = UserTime.zone();

    ExpiryPicker(Clock clock) {
        setLabel(getTranslation("api.tokens.form.expiry"));
        setHelperText(getTranslation("api.tokens.form.expiry-hint"));
        setClearButtonVisible(true);
        setManualValidation(true);
        setMin(LocalDate.now(clock.withZone(zone)));
        Locale locale = getLocale();
        setLocale(locale);
        // Sunday first, as the web component counts them
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        setI18n(new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(getTranslation("api.tokens.expiry.today"))
                .setCancel(getTranslation("api.tokens.expiry.cancel")));
    }

    /** The moment the token stops: the start of the day after the one picked. */
    @Nullable
    Instant expiresAt() {
        LocalDate last = getValue();
        return last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
