package de.heidelberg.partnerportal.city.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.FocusAreaEdit;
import de.heidelberg.partnerportal.i18n.TranslatableInput;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A city's focus areas of cooperation: each a title and its items, one per line, in every language
 * side by side; areas can be added and removed. Each text shows its translation state; for the items,
 * the least finished of their lines.
 */
class FocusAreasField extends CustomField<List<FocusAreaEdit>> implements TranslatableInput {

    private record Area(Div box, TranslatedTextField title, TranslatedTextField items) {}

    private final List<Locale> languages;
    private final Map<String, Map<String, TranslationState>> states;
    private final List<Area> areas = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;
    private Set<String> editable;

    FocusAreasField(List<Locale> languages, Map<String, Map<String, TranslationState>> states) {
        this.languages = languages;
        this.states = states;
        setLabel(getTranslation("cities.focus"));
        addClassName("focus-areas-field");
        list.addClassName("focus-areas");
        add = new Button(getTranslation("cities.focus.add"), VaadinIcon.PLUS.create(), click -> {
            addArea(new FocusAreaEdit(null, null), areas.size());
            updateValue();
        });
        add.addClassName("add-focus-area");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    @Override
    protected List<FocusAreaEdit> generateModelValue() {
        return areas.stream().map(area -> new FocusAreaEdit(area.title().getValue(), area.items().getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<FocusAreaEdit> value) {
        areas.clear();
        list.removeAll();
        List<FocusAreaEdit> shown = value == null ? List.of() : value;
        for (int index = 0; index < shown.size(); index++) {
            addArea(shown.get(index), index);
        }
    }

    private void addArea(FocusAreaEdit edit, int index) {
        TranslatedTextField title = new TranslatedTextField(getTranslation(CityService.FOCUS_TITLE), languages,
                TranslatedText.MAX_LINE_LENGTH, TranslatedTextField.Kind.LINE);
        TranslatedTextField items = new TranslatedTextField(getTranslation(CityService.FOCUS_ITEMS), languages,
                TranslatedText.MAX_LENGTH, TranslatedTextField.Kind.PLAIN_TEXT);
        items.setHelperText(getTranslation("cities.field.focus-items.help"));
        title.setValue(edit.title());
        items.setValue(edit.items());
        title.setStates(states.getOrDefault(CityService.FOCUS_TITLE + "#" + index, Map.of()));
        items.setStates(leastFinished(CityService.FOCUS_ITEMS + "#" + index + "."));
        title.addValueChangeListener(change -> typed(change.isFromClient()));
        items.addValueChangeListener(change -> typed(change.isFromClient()));
        Div box = new Div(title, items);
        box.addClassName("focus-area");
        Area area = new Area(box, title, items);
        Button remove = new Button(getTranslation("cities.focus.remove"), VaadinIcon.TRASH.create(), click -> {
            areas.remove(area);
            list.remove(box);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-focus-area");
        remove.setVisible(editable == null);
        box.add(remove);
        if (editable != null) {
            title.setEditableLanguages(editable);
            items.setEditableLanguages(editable);
        }
        areas.add(area);
        list.add(box);
    }

    private void typed(boolean fromClient) {
        if (fromClient) {
            updateValue();
        }
    }

    /** Per language, the least finished state of the items stored under this prefix. */
    private Map<String, TranslationState> leastFinished(String prefix) {
        Map<String, TranslationState> worst = new HashMap<>();
        states.forEach((key, byLanguage) -> {
            if (key.startsWith(prefix)) {
                byLanguage.forEach((language, state) -> worst.merge(language, state, FocusAreasField::lessFinished));
            }
        });
        return worst;
    }

    /** Missing before outdated before up to date, as the states are declared. */
    private static TranslationState lessFinished(TranslationState a, TranslationState b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A translator translates the areas there are; adding or removing them is the editors' work. */
    @Override
    public void setEditableLanguages(Set<String> editable) {
        this.editable = Set.copyOf(editable);
        add.setVisible(false);
        areas.forEach(area -> {
            area.title().setEditableLanguages(editable);
            area.items().setEditableLanguages(editable);
            area.box().getChildren().filter(Button.class::isInstance).forEach(button -> button.setVisible(false));
        });
    }
}
