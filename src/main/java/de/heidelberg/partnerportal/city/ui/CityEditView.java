package de.heidelberg.partnerportal.city.ui;

import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.city.CityEdit;
import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.FocusAreaEdit;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    protected Component form(CityEdit form) {
        TextField slug = slugField(form);

        ComboBox<String> country = new ComboBox<>(getTranslation("cities.country"));
        Collator collator = Collator.getInstance(getLocale());
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(getLocale()), collator))
                .toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()));
        binder.forField(country).asRequired(getTranslation("cities.error.country"))
                .bind(CityEdit::getCountry, CityEdit::setCountry);

        Select<RelationType> relation = new Select<>();
        relation.setLabel(getTranslation("cities.relation"));
        relation.setItems(RelationType.values());
        relation.setItemLabelGenerator(type -> getTranslation("cities.relation." + type.name()));
        binder.forField(relation).asRequired(getTranslation("cities.error.relation"))
                .bind(CityEdit::getRelation, CityEdit::setRelation);
        Select<RelationStatus> status = new Select<>();
        status.setLabel(getTranslation("cities.status"));
        status.setItems(RelationStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("cities.status." + value.name()));
        binder.forField(status).asRequired(getTranslation("cities.error.relation"))
                .bind(CityEdit::getStatus, CityEdit::setStatus);

        DatePicker sinceDate = new DatePicker(getTranslation("cities.field.since-date"));
        sinceDate.setLocale(getLocale());
        binder.forField(sinceDate).bind(CityEdit::getSinceDate, CityEdit::setSinceDate);
        IntegerField sinceYear = new IntegerField(getTranslation("cities.field.since-year"));
        sinceYear.setHelperText(getTranslation("cities.field.since-year.help"));
        binder.forField(sinceYear)
                .withValidator(year -> year == null || (year >= 800 && year <= 2999), getTranslation("cities.error.since"))
                .bind(CityEdit::getSinceYear, CityEdit::setSinceYear);

        NumberField latitude = new NumberField(getTranslation("cities.field.latitude"));
        latitude.setMin(-90);
        latitude.setMax(90);
        binder.forField(latitude).asRequired(getTranslation("cities.error.coordinates"))
                .withValidator(value -> Math.abs(value) <= 90, getTranslation("cities.error.coordinates"))
                .bind(CityEdit::getLatitude, CityEdit::setLatitude);
        NumberField longitude = new NumberField(getTranslation("cities.field.longitude"));
        longitude.setMin(-180);
        longitude.setMax(180);
        binder.forField(longitude).asRequired(getTranslation("cities.error.coordinates"))
                .withValidator(value -> Math.abs(value) <= 180, getTranslation("cities.error.coordinates"))
                .bind(CityEdit::getLongitude, CityEdit::setLongitude);


        MultiSelectComboBox<Long> contacts = linkPicker("content.contacts", ContentType.CONTACT);
        binder.forField(contacts).bind(CityEdit::getContactIds, CityEdit::setContactIds);
        ListField<FocusAreaEdit> focusAreas = new ListField<>(getTranslation("cities.focus"),
                getTranslation("cities.focus.add"), getTranslation("cities.focus.remove"),
                () -> new FocusAreaEdit(null, null), (area, index, changed) -> new FocusAreaRow(area, index, changed,
                        languages(), form.getStates(), this::getTranslation));
        focusAreas.addClassName("focus-areas-field");
        String source = languages().getFirst().getLanguage();
        binder.forField(focusAreas)
                .withValidator(areas -> areas.stream().noneMatch(area -> area.title().text(source).isBlank()),
                        getTranslation("edit.error.required", getTranslation(CityService.FOCUS_TITLE)))
                .bind(CityEdit::getFocusAreas, CityEdit::setFocusAreas);

        return layout(form, List.of(slug, country, relation, status, sinceDate, sinceYear, latitude, longitude,
                contacts),
                translatedField(form, "cities.field.name", LINE, true, TranslatedText.MAX_LINE_LENGTH,
                        CityEdit::getName, CityEdit::setName),
                translatedField(form, "cities.region", LINE, false, TranslatedText.MAX_LINE_LENGTH,
                        CityEdit::getRegion, CityEdit::setRegion),
                translatedField(form, "cities.field.since-note", LINE, false, TranslatedText.MAX_LINE_LENGTH,
                        CityEdit::getSinceNote, CityEdit::setSinceNote),
                translatedField(form, "cities.field.description", MARKDOWN, true, TranslatedText.MAX_LENGTH,
                        CityEdit::getDescription, CityEdit::setDescription),
                focusAreas);
    }

    @Override
    protected Map<String, Object> values(CityEdit form) {
        Map<String, Object> values = fieldValues(
                "cities.country", form.getCountry() == null ? null : Locale.of("", form.getCountry()).getDisplayCountry(getLocale()),
                "cities.relation", form.getRelation() == null ? null : getTranslation("cities.relation." + form.getRelation().name()),
                "cities.status", form.getStatus() == null ? null : getTranslation("cities.status." + form.getStatus().name()),
                "cities.field.since-date", form.getSinceDate() == null ? null
                        : LocalizedFormats.date(form.getSinceDate(), getTranslation("format.date"), getLocale()),
                "cities.field.since-year", form.getSinceYear(),
                "cities.field.latitude", form.getLatitude(),
                "cities.field.longitude", form.getLongitude(),
                "cities.field.name", form.getName(),
                "cities.region", form.getRegion(),
                "cities.field.since-note", form.getSinceNote(),
                "cities.field.description", form.getDescription(),
                "content.contacts", linkTitles(form.getContactIds(), ContentType.CONTACT));
        List<FocusAreaEdit> areas = form.getFocusAreas();
        for (int index = 0; index < areas.size(); index++) {
            values.put(CityService.FOCUS_TITLE + "#" + index, areas.get(index).title());
            values.put(CityService.FOCUS_ITEMS + "#" + index, areas.get(index).items());
        }
        return values;
    }
}
