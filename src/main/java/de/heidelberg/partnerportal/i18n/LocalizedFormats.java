package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Dates and numbers as each language writes them. Date patterns come from the translations
 * ({@code format.date}, {@code format.dateTime}) so that a new language brings its own.
 */
public final class LocalizedFormats {

    /** The portal's wall-clock time zone: the office is in Heidelberg. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private LocalizedFormats() {}

    /** Replaces {0}, {1}, … with the parameters, numbers formatted for the locale. */
    static String fill(String pattern, Locale locale, @Nullable Object @Nullable ... params) {
        if (params == null || params.length == 0) {
            return pattern;
        }
        String result = pattern;
        for (int i = 0; i < params.length; i++) {
            result = result.replace("{" + i + "}", format(params[i], locale));
        }
        return result;
    }

    private static String format(@Nullable Object value, Locale locale) {
        if (value instanceof Number number) {
            return NumberFormat.getInstance(locale).format(number);
        }
        return String.valueOf(value);
    }

    /** Formats a date, date-time or instant (shown in {@link #ZONE}) with a pattern from the translations. */
    public static String date(TemporalAccessor date, String pattern, Locale locale) {
        TemporalAccessor value = date instanceof Instant instant ? instant.atZone(ZONE) : date;
        return DateTimeFormatter.ofPattern(pattern, locale).format(value);
    }

    /** A moment as date and time of day in the portal's time zone, in the language of the current page. */
    public static String dateTime(Instant instant, Component context) {
        return date(
                instant.atZone(ZONE),
                context.getTranslation("format.dateTime"),
                UI.getCurrent().getLocale());
    }

    public static String number(Number number, Locale locale) {
        return NumberFormat.getInstance(locale).format(number);
    }
}
