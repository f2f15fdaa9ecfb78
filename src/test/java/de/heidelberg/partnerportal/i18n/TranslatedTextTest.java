package de.heidelberg.partnerportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one mechanism for translated content: fallback to German, and outdated translations. */
class TranslatedTextTest {

    private static final Locale DE = Locale.GERMAN;

    @Test
    void aReaderGetsTheirLanguage() {
        TranslatedText text =
                TranslatedText.of("de", Map.of("de", "Partnerstadt", "en", "Partner city", "fr", "Ville partenaire"));
        assertThat(text.in(Locale.FRENCH, DE)).isEqualTo(new LocalizedText("Ville partenaire", "fr", false, false));
        assertThat(text.in(Locale.GERMAN, DE)).isEqualTo(new LocalizedText("Partnerstadt", "de", false, false));
    }

    @Test
    void aMissingTranslationFallsBackToGermanMarkedAsSuch() {
        TranslatedText text = TranslatedText.of(
                "de", Map.of("de", "Gelebte Völkerverständigung", "en", "International understanding", "fr", " "));
        LocalizedText french = text.in(Locale.FRENCH, DE);
        assertThat(french.text()).isEqualTo("Gelebte Völkerverständigung");
        assertThat(french.language()).isEqualTo("de");
        assertThat(french.fallback()).isTrue();
        assertThat(text.state("fr", "de")).isEqualTo(TranslationState.MISSING);
    }

    @Test
    void changingTheGermanTextMarksExactlyThisFieldsTranslationsOutdated() {
        TranslatedText description = TranslatedText.of("de", Map.of("de", "Alt", "en", "Old", "fr", "Ancien"));
        TranslatedText title = TranslatedText.of("de", Map.of("de", "Titel", "en", "Title", "fr", "Titre"));

        description.changeSource("de", "Neu", false);

        assertThat(description.state("en", "de")).isEqualTo(TranslationState.OUTDATED);
        assertThat(description.state("fr", "de")).isEqualTo(TranslationState.OUTDATED);
        assertThat(description.state("de", "de")).isEqualTo(TranslationState.CURRENT);
        assertThat(description.in(Locale.ENGLISH, DE).outdated()).isTrue();
        assertThat(title.state("en", "de")).isEqualTo(TranslationState.CURRENT);

        description.translate("en", "New");
        assertThat(description.state("en", "de")).isEqualTo(TranslationState.CURRENT);
        assertThat(description.state("fr", "de")).isEqualTo(TranslationState.OUTDATED);
    }

    @Test
    void aMinorChangeKeepsTranslationsValid() {
        TranslatedText text = TranslatedText.of("de", Map.of("de", "Stadtarchivs", "en", "City Archives"));
        text.changeSource("de", "Stadtarchiv", true);
        assertThat(text.state("en", "de")).isEqualTo(TranslationState.CURRENT);
        assertThat(text.text("de")).contains("Stadtarchiv");
    }

    @Test
    void theSourceTextIsRequired() {
        assertThatThrownBy(() -> TranslatedText.of("de", Map.of("en", "Only English")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TranslatedText.ofOptional("de", Map.of())).isNull();
        assertThat(TranslatedText.ofOptional("de", null)).isNull();
    }
}
