package de.heidelberg.partnerportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and numbers as each language writes them, with the patterns from the translation files. */
class LocalizedFormatsTest {

    private static final LocalDate DATE = LocalDate.of(2025, 12, 4);

    @Test
    void datesPerLanguage() {
        assertThat(format("de")).isEqualTo("04.12.2025");
        assertThat(format("en")).isEqualTo("4 December 2025");
        assertThat(format("fr")).isEqualTo("4 décembre 2025");
    }

    @Test
    void numbersPerLanguage() {
        assertThat(LocalizedFormats.number(47000, Locale.GERMAN)).isEqualTo("47.000");
        assertThat(LocalizedFormats.number(47000, Locale.ENGLISH)).isEqualTo("47,000");
        assertThat(LocalizedFormats.number(47000, Locale.FRENCH)).isEqualTo("47\u202f000");
    }

    @Test
    void placeholdersAreFilledWithoutMessageFormatQuoting() {
        assertThat(LocalizedFormats.fill("L'utilisateur « {0} » a {1} rôles", Locale.FRENCH, "anna", 1200))
                .isEqualTo("L'utilisateur « anna » a 1\u202f200 rôles");
    }

    private static String format(String language) {
        String pattern = PortalI18NProvider.load(language).get("format.date");
        return LocalizedFormats.date(DATE, pattern, Locale.forLanguageTag(language));
    }
}
