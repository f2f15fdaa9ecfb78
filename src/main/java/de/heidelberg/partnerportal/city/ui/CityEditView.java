package de.heidelberg.partnerportal.city.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.city.CityEdit;
import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.FocusAreaEdit;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.i18n.Countries;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.editor.EditorFields;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.FieldValues;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editor of a partner city or friendly relation at {@code /edit/partner-cities/{slug}}, or of a
 * new one at {@code /edit/partner-cities/new}: the facts, contacts, the name, texts and focus areas in every
 * language.
 */
@Route("edit/partner-cities")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
public class CityEditView extends EditorPage<CityEdit> {

    public CityEditView(CityService cities, EditorServices services) {
        super(ContentType.PARTNER_CITY, "nav.cities", CityEdit.class, cities, services);
    }

    @Override
    protected TextEdit heading(CityEdit form) {
        return form.getName();
    }

    @Override
    protected Component form(CityEdit form, EditorFields<CityEdit> fields) {
        TextField slug = fields.slug();

        ComboBox<String> country = Countries.choice(getTranslation(CityEdit.COUNTRY.key()), getLocale());
        fields.binder()
                .forField(country)
                .asRequired(getTranslation("cities.error.country"))
                .bind(CityEdit::getCountry, CityEdit::setCountry);

        Select<RelationType> relation = new Select<>();
        relation.setLabel(getTranslation(CityEdit.RELATION.key()));
        relation.setItems(RelationType.values());
        relation.setItemLabelGenerator(type -> getTranslation("cities.relation." + type.name()));
        fields.choice(relation, getTranslation("cities.error.relation"))
                .bind(CityEdit::getRelation, CityEdit::setRelation);
        Select<RelationStatus> status = new Select<>();
        status.setLabel(getTranslation(CityEdit.STATUS.key()));
        status.setItems(RelationStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("cities.status." + value.name()));
        fields.choice(status, getTranslation("cities.error.relation")).bind(CityEdit::getStatus, CityEdit::setStatus);

        DatePicker sinceDate = new DatePicker(getTranslation(CityEdit.SINCE_DATE.key()));
        sinceDate.setLocale(getLocale());
        fields.binder().forField(sinceDate).bind(CityEdit::getSinceDate, CityEdit::setSinceDate);
        IntegerField sinceYear = new IntegerField(getTranslation(CityEdit.SINCE_YEAR.key()));
        sinceYear.setHelperText(getTranslation(CityEdit.SINCE_YEAR.helpKey()));
        fields.binder()
                .forField(sinceYear)
                .withValidator(
                        year -> year == null || (year >= 800 && year <= 2999), getTranslation("cities.error.since"))
                .bind(CityEdit::getSinceYear, CityEdit::setSinceYear);

        NumberField latitude = new NumberField(getTranslation(CityEdit.LATITUDE.key()));
        latitude.setMin(-90);
        latitude.setMax(90);
        fields.binder()
                .forField(latitude)
                .asRequired(getTranslation("cities.error.coordinates"))
                .withValidator(value -> Math.abs(value) <= 90, getTranslation("cities.error.coordinates"))
                .bind(CityEdit::getLatitude, CityEdit::setLatitude);
        NumberField longitude = new NumberField(getTranslation(CityEdit.LONGITUDE.key()));
        longitude.setMin(-180);
        longitude.setMax(180);
        fields.binder()
                .forField(longitude)
                .asRequired(getTranslation("cities.error.coordinates"))
                .withValidator(value -> Math.abs(value) <= 180, getTranslation("cities.error.coordinates"))
                .bind(CityEdit::getLongitude, CityEdit::setLongitude);

        MultiSelectComboBox<Long> contacts = fields.linkPicker(ContentForm.CONTACTS, ContentType.CONTACT);
        fields.binder().forField(contacts).bind(CityEdit::getContactIds, CityEdit::setContactIds);
        ListField<FocusAreaEdit> focusAreas = new ListField<>(
                getTranslation("cities.focus"),
                getTranslation("cities.focus.add"),
                getTranslation("cities.focus.remove"),
                () -> new FocusAreaEdit(null, null),
                (area, index, changed) -> new FocusAreaRow(
                        area, index, changed, fields.languages(), form.getStates(), this::getTranslation));
        focusAreas.addClassName("focus-areas-field");
        String source = fields.languages().getFirst().getLanguage();
        fields.binder()
                .forField(focusAreas)
                .withValidator(
                        areas -> areas.stream()
                                .noneMatch(area -> area.title().text(source).isBlank()),
                        getTranslation("edit.error.required", getTranslation(CityEdit.FOCUS_TITLE.key())))
                .bind(CityEdit::getFocusAreas, CityEdit::setFocusAreas);

        List<Component> facts = new ArrayList<>(
                List.<Component>of(slug, country, relation, status, sinceDate, sinceYear, latitude, longitude));
        if (CurrentUser.isEditor()) {
            facts.addAll(officeRecord(fields, status));
        }
        facts.add(contacts);
        return fields.layout(
                facts,
                fields.translated(
                        CityEdit.NAME,
                        LINE,
                        true,
                        TranslatedText.MAX_LINE_LENGTH,
                        CityEdit::getName,
                        CityEdit::setName),
                fields.translated(
                        CityEdit.REGION,
                        LINE,
                        false,
                        TranslatedText.MAX_LINE_LENGTH,
                        CityEdit::getRegion,
                        CityEdit::setRegion),
                fields.translated(
                        CityEdit.SINCE_NOTE,
                        LINE,
                        false,
                        TranslatedText.MAX_LINE_LENGTH,
                        CityEdit::getSinceNote,
                        CityEdit::setSinceNote),
                fields.translated(
                        CityEdit.DESCRIPTION,
                        MARKDOWN,
                        true,
                        TranslatedText.MAX_LENGTH,
                        CityEdit::getDescription,
                        CityEdit::setDescription),
                focusAreas);
    }

    /**
     * The office's record (staff only, so editors only here; a translator's form has none): the status's
     * note, needed for a dormant or suspended relation, from when it applies, and the council decision.
     */
    private List<Component> officeRecord(EditorFields<CityEdit> fields, Select<RelationStatus> status) {
        TextArea note = new TextArea(getTranslation(CityEdit.STATUS_NOTE.key()));
        note.setHelperText(getTranslation(CityEdit.STATUS_NOTE.helpKey()));
        note.setMaxLength(CityEdit.MAX_STATUS_NOTE_LENGTH);
        note.addClassName("status-note");
        fields.binder()
                .forField(note)
                .withValidator(
                        text -> status.getValue() == null
                                || !status.getValue().needsNote()
                                || (text != null && !text.isBlank()),
                        getTranslation("cities.error.status-note", getTranslation(CityEdit.STATUS_NOTE.key())))
                .bind(CityEdit::getStatusNote, CityEdit::setStatusNote);
        // the note's check depends on the status chosen
        status.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                fields.binder().validate();
            }
        });
        DatePicker from = new DatePicker(getTranslation(CityEdit.STATUS_FROM.key()));
        from.setLocale(getLocale());
        fields.binder().forField(from).bind(CityEdit::getStatusFrom, CityEdit::setStatusFrom);
        DatePicker councilDate = new DatePicker(getTranslation(CityEdit.COUNCIL_DATE.key()));
        councilDate.setLocale(getLocale());
        fields.binder().forField(councilDate).bind(CityEdit::getCouncilDecisionDate, CityEdit::setCouncilDecisionDate);
        TextField reference = new TextField(getTranslation(CityEdit.COUNCIL_REFERENCE.key()));
        reference.setHelperText(getTranslation(CityEdit.COUNCIL_REFERENCE.helpKey()));
        reference.setMaxLength(CityEdit.MAX_REFERENCE_LENGTH);
        fields.binder()
                .forField(reference)
                .bind(CityEdit::getCouncilDecisionReference, CityEdit::setCouncilDecisionReference);
        return List.of(note, from, councilDate, reference);
    }

    @Override
    protected FieldValues values(CityEdit form, EditorFields<CityEdit> fields) {
        FieldValues values = fields.values()
                .add(
                        CityEdit.COUNTRY,
                        form.getCountry() == null
                                ? null
                                : Locale.of("", form.getCountry()).getDisplayCountry(getLocale()))
                .add(
                        CityEdit.RELATION,
                        form.getRelation() == null
                                ? null
                                : getTranslation(
                                        "cities.relation." + form.getRelation().name()))
                .add(
                        CityEdit.STATUS,
                        form.getStatus() == null
                                ? null
                                : getTranslation(
                                        "cities.status." + form.getStatus().name()))
                .addDate(CityEdit.SINCE_DATE, form.getSinceDate())
                .add(CityEdit.SINCE_YEAR, form.getSinceYear())
                .add(CityEdit.LATITUDE, form.getLatitude())
                .add(CityEdit.LONGITUDE, form.getLongitude())
                .add(CityEdit.STATUS_NOTE, form.getStatusNote())
                .addDate(CityEdit.STATUS_FROM, form.getStatusFrom())
                .addDate(CityEdit.COUNCIL_DATE, form.getCouncilDecisionDate())
                .add(CityEdit.COUNCIL_REFERENCE, form.getCouncilDecisionReference())
                .add(CityEdit.NAME, form.getName())
                .add(CityEdit.REGION, form.getRegion())
                .add(CityEdit.SINCE_NOTE, form.getSinceNote())
                .add(CityEdit.DESCRIPTION, form.getDescription())
                .add(ContentForm.CONTACTS, fields.linkTitles(form.getContactIds(), ContentType.CONTACT));
        List<FocusAreaEdit> areas = form.getFocusAreas();
        for (int index = 0; index < areas.size(); index++) {
            values.add(CityEdit.FOCUS_TITLE.at(index), areas.get(index).title());
            values.add(CityEdit.FOCUS_ITEMS.at(index), areas.get(index).items());
        }
        return values;
    }
}
