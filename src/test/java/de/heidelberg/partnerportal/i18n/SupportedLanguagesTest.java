package de.heidelberg.partnerportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.PortalProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLanguagesTest {

    private final SupportedLanguages languages = new SupportedLanguages(new PortalProperties(
            Path.of("data"),
            true,
            List.of("de", "en", "fr"),
            new PortalProperties.HomeCity("Heidelberg", 49.4, 8.7),
            null));

    @Test
    void theFirstConfiguredLanguageIsTheSource() {
        assertThat(languages.source()).isEqualTo(Locale.GERMAN);
        assertThat(languages.all()).extracting(Locale::getLanguage).containsExactly("de", "en", "fr");
    }

    @Test
    void findsLanguagesByTagLeniently() {
        assertThat(languages.find("FR")).contains(Locale.FRENCH);
        assertThat(languages.find(" en ")).contains(Locale.ENGLISH);
        assertThat(languages.find("es")).isEmpty();
        assertThat(languages.find("<script>")).isEmpty();
        assertThat(languages.find(null)).isEmpty();
    }

    @Test
    void followsTheBrowsersPreferenceInOrder() {
        assertThat(languages.bestMatch("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
        assertThat(languages.bestMatch("es-ES,en-GB;q=0.7,de;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.bestMatch("en-US")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void fallsBackToGerman() {
        assertThat(languages.bestMatch("ja,zh;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(languages.bestMatch("")).isEqualTo(Locale.GERMAN);
        assertThat(languages.bestMatch(null)).isEqualTo(Locale.GERMAN);
        assertThat(languages.bestMatch(";;;q=x,,")).isEqualTo(Locale.GERMAN);
        assertThat(languages.bestMatch("fr;q=0")).isEqualTo(Locale.GERMAN);
    }
}
