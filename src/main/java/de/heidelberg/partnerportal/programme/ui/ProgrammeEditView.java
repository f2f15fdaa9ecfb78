package de.heidelberg.partnerportal.programme.ui;

import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.PLAIN_TEXT;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.programme.ProgrammeEdit;
import de.heidelberg.partnerportal.programme.ProgrammeService;
import de.heidelberg.partnerportal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** The editor of a programme at {@code /edit/programmes/{slug}}, or of a new one at {@code /edit/programmes/new}. */
@Route("edit/programmes")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
public class ProgrammeEditView extends EditorPage<ProgrammeEdit> {

    public ProgrammeEditView(ProgrammeService programmes, EditorServices services) {
        super(ContentType.PROGRAMME, "nav.programmes", ProgrammeEdit.class, programmes, services);
    }

    @Override
    protected TextEdit heading(ProgrammeEdit form) {
        return form.getTitle();
    }

    @Override
    protected Component form(ProgrammeEdit form) {
        IntegerField since = new IntegerField(getTranslation("programmes.field.since-year"));
        binder.forField(since)
                .withValidator(year -> year == null || (year >= 800 && year <= 2999),
                        getTranslation("edit.error.year", getTranslation("programmes.field.since-year")))
                .bind(ProgrammeEdit::getSinceYear, ProgrammeEdit::setSinceYear);
        MultiSelectComboBox<Long> cities = linkPicker("programmes.cities", ContentType.PARTNER_CITY);
        binder.forField(cities).bind(ProgrammeEdit::getCityIds, ProgrammeEdit::setCityIds);
        MultiSelectComboBox<Long> contacts = linkPicker("content.contacts", ContentType.CONTACT);
        binder.forField(contacts).bind(ProgrammeEdit::getContactIds, ProgrammeEdit::setContactIds);

        return layout(form, List.of(slugField(form), since, cities, contacts),
                translatedField(form, "programmes.field.title", LINE, true, TranslatedText.MAX_LINE_LENGTH,
                        ProgrammeEdit::getTitle, ProgrammeEdit::setTitle),
                translatedField(form, "programmes.field.summary", PLAIN_TEXT, true, TranslatedText.MAX_LENGTH,
                        ProgrammeEdit::getSummary, ProgrammeEdit::setSummary),
                translatedField(form, "programmes.field.body", MARKDOWN, true, TranslatedText.MAX_LENGTH,
                        ProgrammeEdit::getBody, ProgrammeEdit::setBody));
    }

    @Override
    protected Map<String, Object> values(ProgrammeEdit form) {
        return fieldValues(
                "programmes.field.since-year", form.getSinceYear(),
                "programmes.cities", linkTitles(form.getCityIds(), ContentType.PARTNER_CITY),
                "content.contacts", linkTitles(form.getContactIds(), ContentType.CONTACT),
                "programmes.field.title", form.getTitle(),
                "programmes.field.summary", form.getSummary(),
                "programmes.field.body", form.getBody());
    }
}
