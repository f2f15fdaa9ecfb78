package de.heidelberg.partnerportal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the version list and the conflict dialog count as changed, and how fields are named. */
class FieldValuesTest {

    private static final FieldKey TITLE = new FieldKey("news.field.title");
    private static final FieldKey DATE = new FieldKey("news.field.date");
    private static final FieldKey FOCUS = new FieldKey("cities.field.focus-title");

    @Test
    void textsCountAsChangedOnlyWhenAReaderSeesADifference() {
        FieldValues before = values().add(TITLE, new TextEdit(Map.of("de", "Titel", "en", "Title"), false))
                .addDate(DATE, LocalDate.of(2025, 12, 1));
        FieldValues same = values().add(TITLE, new TextEdit(Map.of("de", " Titel ", "en", "Title", "fr", " "), false))
                .addDate(DATE, LocalDate.of(2025, 12, 1));
        FieldValues other = values().add(TITLE, new TextEdit(Map.of("de", "Titel", "en", "Heading"), false))
                .add(FOCUS.at(0), "Kultur");

        assertThat(FieldValues.changed(before.asMap(), same.asMap())).isEmpty();
        assertThat(FieldValues.changed(before.asMap(), other.asMap())).containsExactly(TITLE, FOCUS.at(0), DATE);
    }

    @Test
    void datesAreWrittenInTheEditorsLanguage() {
        assertThat(values().addDate(DATE, LocalDate.of(2025, 12, 1)).asMap()).containsEntry(DATE, "01.12.2025");
        assertThat(values().addDate(DATE, null).asMap()).containsEntry(DATE, null);
    }

    @Test
    void aRepeatedFieldIsNamedWithItsPlace() {
        assertThat(FOCUS.at(1).key()).isEqualTo("cities.field.focus-title#1");
        assertThat(FOCUS.at(1, 3).key()).isEqualTo("cities.field.focus-title#1.3");
        assertThat(FOCUS.at(1, 3).name(key -> key.equals(FOCUS.key()) ? "Schwerpunkt" : "?"))
                .isEqualTo("Schwerpunkt 2");
        assertThat(FOCUS.at(2).helpKey()).isEqualTo("cities.field.focus-title.help");
        assertThat(TITLE.name(key -> "Titel")).isEqualTo("Titel");
    }

    private static FieldValues values() {
        return new FieldValues(Locale.GERMAN, key -> key.equals("format.date") ? "dd.MM.yyyy" : key);
    }
}
