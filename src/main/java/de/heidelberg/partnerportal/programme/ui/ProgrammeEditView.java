package de.heidelberg.partnerportal.programme.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.PLAIN_TEXT;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.programme.ProgrammeEdit;
import de.heidelberg.partnerportal.programme.ProgrammeService;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.editor.EditorFields;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.FieldValues;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

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
    protected Component form(ProgrammeEdit form, EditorFields<ProgrammeEdit> fields) {
        IntegerField since = new IntegerField(getTranslation(ProgrammeEdit.SINCE_YEAR.key()));
        fields.binder()
                .forField(since)
                .withValidator(
                        year -> year == null || (year >= 800 && year <= 2999),
                        getTranslation("edit.error.year", getTranslation(ProgrammeEdit.SINCE_YEAR.key())))
                .bind(ProgrammeEdit::getSinceYear, ProgrammeEdit::setSinceYear);
        MultiSelectComboBox<Long> cities = fields.linkPicker(ProgrammeEdit.CITIES, ContentType.PARTNER_CITY);
        fields.binder().forField(cities).bind(ProgrammeEdit::getCityIds, ProgrammeEdit::setCityIds);
        MultiSelectComboBox<Long> contacts = fields.linkPicker(ContentForm.CONTACTS, ContentType.CONTACT);
        fields.binder().forField(contacts).bind(ProgrammeEdit::getContactIds, ProgrammeEdit::setContactIds);

        return fields.layout(
                List.of(fields.slug(), since, cities, contacts),
                fields.translated(
                        ProgrammeEdit.TITLE,
                        LINE,
                        true,
                        TranslatedText.MAX_LINE_LENGTH,
                        ProgrammeEdit::getTitle,
                        ProgrammeEdit::setTitle),
                fields.translated(
                        ProgrammeEdit.SUMMARY,
                        PLAIN_TEXT,
                        true,
                        TranslatedText.MAX_LENGTH,
                        ProgrammeEdit::getSummary,
                        ProgrammeEdit::setSummary),
                fields.translated(
                        ProgrammeEdit.BODY,
                        MARKDOWN,
                        true,
                        TranslatedText.MAX_LENGTH,
                        ProgrammeEdit::getBody,
                        ProgrammeEdit::setBody));
    }

    @Override
    protected FieldValues values(ProgrammeEdit form, EditorFields<ProgrammeEdit> fields) {
        return fields.values()
                .add(ProgrammeEdit.SINCE_YEAR, form.getSinceYear())
                .add(ProgrammeEdit.CITIES, fields.linkTitles(form.getCityIds(), ContentType.PARTNER_CITY))
                .add(ContentForm.CONTACTS, fields.linkTitles(form.getContactIds(), ContentType.CONTACT))
                .add(ProgrammeEdit.TITLE, form.getTitle())
                .add(ProgrammeEdit.SUMMARY, form.getSummary())
                .add(ProgrammeEdit.BODY, form.getBody());
    }
}
