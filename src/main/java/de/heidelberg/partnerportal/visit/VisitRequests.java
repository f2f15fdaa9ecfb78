package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.i18n.I18n;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The protocol's wishes of a visit request, written into the visit's internal note in the source language. */
final class VisitRequests {

    private VisitRequests() {}

    static String wishes(VisitRequest request, Locale source, I18n i18n) {
        StringBuilder note = new StringBuilder();
        line(note, i18n, source, "visits.request.note.programme", request.programmeWishes());
        line(note, i18n, source, "visits.request.note.interpreter", yesNo(request.interpreterNeeded(), i18n, source));
        line(note, i18n, source, "visits.request.note.press", yesNo(request.pressWished(), i18n, source));
        line(note, i18n, source, "visits.request.note.golden-book", yesNo(request.goldenBookWished(), i18n, source));
        return note.toString().strip();
    }

    private static void line(StringBuilder note, I18n i18n, Locale source, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            note.append("- **")
                    .append(i18n.text(key, source))
                    .append(":** ")
                    .append(value.strip())
                    .append('\n');
        }
    }

    private static String yesNo(boolean value, I18n i18n, Locale source) {
        return i18n.text(value ? "edit.yes" : "edit.no", source);
    }
}
