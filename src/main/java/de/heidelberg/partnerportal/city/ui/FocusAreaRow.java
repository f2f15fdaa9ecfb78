package de.heidelberg.partnerportal.city.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import de.heidelberg.partnerportal.city.CityEdit;
import de.heidelberg.partnerportal.city.FocusAreaEdit;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One focus area of a city in its editor: the title, and the items one per line, in every language side
 * by side. The items show, per language, the least finished state of their lines.
 */
class FocusAreaRow implements ListField.Row<FocusAreaEdit> {

    private final TranslatedTextField title;
    private final TranslatedTextField items;
    private final Div inputs;

    FocusAreaRow(
            FocusAreaEdit area,
            int index,
            Runnable changed,
            List<Locale> languages,
            Map<String, Map<String, TranslationState>> states,
            UnaryOperator<String> translate) {
        title = new TranslatedTextField(
                translate.apply(CityEdit.FOCUS_TITLE.key()),
                languages,
                TranslatedText.MAX_LINE_LENGTH,
                TranslatedTextField.Kind.LINE);
        items = new TranslatedTextField(
                translate.apply(CityEdit.FOCUS_ITEMS.key()),
                languages,
                TranslatedText.MAX_LENGTH,
                TranslatedTextField.Kind.PLAIN_TEXT);
        items.setHelperText(translate.apply(CityEdit.FOCUS_ITEMS.helpKey()));
        title.setValue(area.title());
        items.setValue(area.items());
        title.setStates(states.getOrDefault(CityEdit.FOCUS_TITLE.at(index).key(), Map.of()));
        items.setStates(leastFinished(states, CityEdit.FOCUS_ITEMS.at(index).key() + "."));
        title.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.run();
            }
        });
        items.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.run();
            }
        });
        inputs = new Div(title, items);
        inputs.addClassName("focus-area");
    }

    /** Per language, the least finished state of the items stored under this prefix (missing, outdated, up to date). */
    private static Map<String, TranslationState> leastFinished(
            Map<String, Map<String, TranslationState>> states, String prefix) {
        Map<String, TranslationState> least = new HashMap<>();
        states.forEach((key, byLanguage) -> {
            if (key.startsWith(prefix)) {
                byLanguage.forEach(
                        (language, state) -> least.merge(language, state, (a, b) -> a.compareTo(b) <= 0 ? a : b));
            }
        });
        return least;
    }

    @Override
    public Component inputs() {
        return inputs;
    }

    @Override
    public FocusAreaEdit value() {
        return new FocusAreaEdit(title.getValue(), items.getValue());
    }

    @Override
    public void setEditableLanguages(Set<String> editable) {
        title.setEditableLanguages(editable);
        items.setEditableLanguages(editable);
    }
}
