package de.heidelberg.partnerportal.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.visit.ProgrammeItemEdit;
import de.heidelberg.partnerportal.visit.VisitChecks;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/** One item of a visit's programme in its editor: when, where, what. */
class ProgrammeItemRow implements ListField.Row<ProgrammeItemEdit> {

    private final DateTimePicker startsAt = new DateTimePicker();
    private final TextField place = new TextField();
    private final TextField what = new TextField();
    private final Div inputs;

    ProgrammeItemRow(ProgrammeItemEdit item, Runnable changed, Locale locale, UnaryOperator<String> translate) {
        startsAt.setLabel(translate.apply("visits.item.time"));
        startsAt.setLocale(locale);
        place.setLabel(translate.apply("visits.item.place"));
        place.setMaxLength(VisitChecks.ITEM_PLACE_LENGTH);
        what.setLabel(translate.apply("visits.item.what"));
        what.setMaxLength(VisitChecks.ITEM_LENGTH);
        startsAt.setValue(item.startsAt());
        place.setValue(item.place() == null ? "" : item.place());
        what.setValue(item.what() == null ? "" : item.what());
        VisitPersonRow.onChange(changed, startsAt, place, what);
        inputs = new Div(startsAt, place, what);
        inputs.addClassName("visit-programme-item");
    }

    @Override
    public Component inputs() {
        return inputs;
    }

    @Override
    public ProgrammeItemEdit value() {
        return new ProgrammeItemEdit(startsAt.getValue(), place.getValue(), what.getValue());
    }

    /** The programme is no text to translate: read-only for translators. */
    @Override
    public void setEditableLanguages(Set<String> editable) {
        startsAt.setReadOnly(true);
        place.setReadOnly(true);
        what.setReadOnly(true);
    }
}
