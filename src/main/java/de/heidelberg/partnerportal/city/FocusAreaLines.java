package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A focus area's items as editors type them: one per line, the same line in every language. */
final class FocusAreaLines {

    private FocusAreaLines() {}

    /** The lines of a typed text, trimmed, without blank lines at the end (a blank line inside is a missing item). */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>(
                text == null ? List.of() : text.lines().map(String::strip).toList());
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    /** Stored items in one language as lines, an empty line where an item is not translated. */
    static String join(List<TranslatedText> items, String language) {
        String joined =
                items.stream().map(item -> item.text(language).orElse("")).collect(Collectors.joining("\n"));
        return joined.isBlank() ? "" : joined.stripTrailing();
    }
}
