package de.heidelberg.partnerportal.visit.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.i18n.Countries;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.visit.VisitChecks;
import de.heidelberg.partnerportal.visit.VisitPersonEdit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** One person of a visit in its editor: name, function, home city, country and the contact it is, if any. */
class VisitPersonRow implements ListField.Row<VisitPersonEdit> {

    private final TextField name = new TextField();
    private final TextField function = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> country;
    private final ComboBox<Long> contact = new ComboBox<>();
    private final Div inputs;

    VisitPersonRow(
            VisitPersonEdit person,
            Runnable changed,
            Map<Long, String> contacts,
            Locale locale,
            UnaryOperator<String> translate) {
        name.setLabel(translate.apply("visits.person.name"));
        name.setMaxLength(VisitChecks.NAME_LENGTH);
        function.setLabel(translate.apply("visits.person.function"));
        function.setMaxLength(VisitChecks.FUNCTION_LENGTH);
        city.setLabel(translate.apply("visits.person.city"));
        city.setMaxLength(VisitChecks.PERSON_CITY_LENGTH);
        country = Countries.choice(translate.apply("visits.person.country"), locale);
        country.setClearButtonVisible(true);
        contact.setLabel(translate.apply("visits.person.contact"));
        contact.setItems(List.copyOf(contacts.keySet()));
        contact.setItemLabelGenerator(id -> contacts.getOrDefault(id, String.valueOf(id)));
        contact.setClearButtonVisible(true);
        name.setValue(person.name() == null ? "" : person.name());
        function.setValue(person.function() == null ? "" : person.function());
        city.setValue(person.city() == null ? "" : person.city());
        country.setValue(person.country());
        contact.setValue(person.contactId());
        onChange(changed, name, function, city, country, contact);
        inputs = new Div(name, function, city, country, contact);
        inputs.addClassName("visit-person");
    }

    /** Tells the list that an entry changed whenever one of these fields changes in the browser. */
    static void onChange(Runnable changed, AbstractField<?, ?>... fields) {
        for (AbstractField<?, ?> field : fields) {
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changed.run();
                }
            });
        }
    }

    @Override
    public Component inputs() {
        return inputs;
    }

    @Override
    public VisitPersonEdit value() {
        return new VisitPersonEdit(
                name.getValue(), function.getValue(), city.getValue(), country.getValue(), contact.getValue());
    }

    /** A person is no text to translate: read-only for translators. */
    @Override
    public void setEditableLanguages(Set<String> editable) {
        List.<HasValue<?, ?>>of(name, function, city, country, contact).forEach(field -> field.setReadOnly(true));
    }
}
