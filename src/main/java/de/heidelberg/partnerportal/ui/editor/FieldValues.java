package de.heidelberg.partnerportal.ui.editor;

import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A form's values by field, in the order of the form, as a person reads them (a country's name, not
 * its code): what the version list and the conflict dialog compare.
 */
public final class FieldValues {

    private final Map<FieldKey, @Nullable Object> values = new LinkedHashMap<>();
    private final Locale locale;
    private final UnaryOperator<String> translate;

    FieldValues(Locale locale, UnaryOperator<String> translate) {
        this.locale = locale;
        this.translate = translate;
    }

    /** Adds a field's value (null when it has none). */
    public FieldValues add(FieldKey field, @Nullable Object value) {
        values.put(field, value);
        return this;
    }

    /** Adds a date as the page's language writes it ({@code format.date}). */
    public FieldValues addDate(FieldKey field, @Nullable TemporalAccessor date) {
        return add(field, date == null ? null : LocalizedFormats.date(date, translate.apply("format.date"), locale));
    }

    /** Adds a date and time as the page's language writes it ({@code format.dateTime}). */
    public FieldValues addDateTime(FieldKey field, @Nullable LocalDateTime dateTime) {
        return add(
                field,
                dateTime == null ? null : LocalizedFormats.date(dateTime, translate.apply("format.dateTime"), locale));
    }

    public Map<FieldKey, @Nullable Object> asMap() {
        return values;
    }

    /** The fields whose values differ between two versions (a field only one of them has included), in form order. */
    static List<FieldKey> changed(Map<FieldKey, @Nullable Object> before, Map<FieldKey, @Nullable Object> after) {
        Set<FieldKey> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        return fields.stream()
                .filter(field -> !same(before.get(field), after.get(field)))
                .toList();
    }

    /** Whether two field values are the same for a reader (texts compared as stored: trimmed, blanks absent). */
    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof TextEdit first && b instanceof TextEdit second) {
            return first.sameTexts(second);
        }
        return Objects.equals(a, b);
    }
}
