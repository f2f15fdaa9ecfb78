package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.component.combobox.ComboBox;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Countries by their ISO 3166 alpha-2 code, named and sorted in the reader's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    /** A choice of every country, by name in the locale's language; the value is the code. */
    public static ComboBox<String> choice(String label, Locale locale) {
        ComboBox<String> country = new ComboBox<>(label);
        Collator collator = Collator.getInstance(locale);
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> name(code, locale), collator))
                .toList());
        country.setItemLabelGenerator(code -> name(code, locale));
        return country;
    }

    /** Whether this is an ISO 3166 alpha-2 code Java knows. */
    public static boolean isCode(@Nullable String code) {
        return code != null && CODES.contains(code);
    }

    /** The country's name in the locale's language; empty for none. */
    public static String name(@Nullable String code, Locale locale) {
        return code == null || code.isBlank() ? "" : Locale.of("", code).getDisplayCountry(locale);
    }
}
