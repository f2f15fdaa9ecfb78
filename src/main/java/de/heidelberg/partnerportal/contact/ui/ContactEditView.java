package de.heidelberg.partnerportal.contact.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.PLAIN_TEXT;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.contact.ContactEdit;
import de.heidelberg.partnerportal.contact.ContactKind;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.editor.EditorFields;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.FieldValues;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The editor of a contact at {@code /edit/contacts/{slug}}, or of a new one at {@code /edit/contacts/new}:
 * name and address as they are, office and responsibilities in every language.
 */
@Route("edit/contacts")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
public class ContactEditView extends EditorPage<ContactEdit> {

    public ContactEditView(ContactService contacts, EditorServices services) {
        super(ContentType.CONTACT, "nav.contacts", ContactEdit.class, contacts, services);
    }

    @Override
    protected TextEdit heading(ContactEdit form) {
        // a name is the same in every language
        return new TextEdit(Map.of(getLocale().getLanguage(), form.getName()), false);
    }

    @Override
    protected Component form(ContactEdit form, EditorFields<ContactEdit> fields) {
        Select<ContactKind> kind = new Select<>();
        kind.setLabel(getTranslation(ContactEdit.KIND.key()));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("contacts.kind." + value.name()));
        fields.choice(kind, getTranslation("edit.error.field-required", getTranslation(ContactEdit.KIND.key())))
                .bind(ContactEdit::getKind, ContactEdit::setKind);
        TextField name = line(fields, ContactEdit.NAME, ContactEdit.NAME_LENGTH, "name");
        TextField street = line(fields, ContactEdit.STREET, ContactEdit.STREET_LENGTH, "street");
        TextField postalCode = line(fields, ContactEdit.POSTAL_CODE, ContactEdit.POSTAL_CODE_LENGTH, "postalCode");
        TextField city = line(fields, ContactEdit.CITY, ContactEdit.CITY_LENGTH, "city");
        TextField phone = new TextField(getTranslation(ContactEdit.PHONE.key()));
        phone.setMaxLength(ContactEdit.PHONE_LENGTH);
        fields.binder()
                .forField(phone)
                .withValidator(ContactService::isPhone, getTranslation("contacts.error.phone"))
                .bind("phone");
        EmailField email = new EmailField(getTranslation(ContactEdit.EMAIL.key()));
        email.setMaxLength(ContactEdit.EMAIL_LENGTH);
        fields.binder()
                .forField(email)
                .withValidator(ContactService::isEmail, getTranslation("contacts.error.email"))
                .bind("email");
        Checkbox active = new Checkbox(getTranslation(ContactEdit.ACTIVE.key()));
        active.setHelperText(getTranslation(ContactEdit.ACTIVE.helpKey()));
        fields.binder().forField(active).bind(ContactEdit::isActive, ContactEdit::setActive);

        return fields.layout(
                List.of(fields.slug(), kind, name, street, postalCode, city, phone, email, active),
                fields.translated(
                        ContactEdit.OFFICE,
                        LINE,
                        true,
                        TranslatedText.MAX_LINE_LENGTH,
                        ContactEdit::getOffice,
                        ContactEdit::setOffice),
                fields.translated(
                        ContactEdit.RESPONSIBILITIES,
                        PLAIN_TEXT,
                        false,
                        TranslatedText.MAX_LENGTH,
                        ContactEdit::getResponsibilities,
                        ContactEdit::setResponsibilities));
    }

    /** A line bound by its property, so that the form's constraints (required, length) check it too. */
    private TextField line(EditorFields<ContactEdit> fields, FieldKey field, int maxLength, String property) {
        TextField input = new TextField(getTranslation(field.key()));
        input.setMaxLength(maxLength);
        fields.binder().forField(input).bind(property);
        return input;
    }

    @Override
    protected FieldValues values(ContactEdit form, EditorFields<ContactEdit> fields) {
        return fields.values()
                .add(
                        ContactEdit.KIND,
                        form.getKind() == null
                                ? null
                                : getTranslation(
                                        "contacts.kind." + form.getKind().name()))
                .add(ContactEdit.NAME, form.getName())
                .add(ContactEdit.STREET, form.getStreet())
                .add(ContactEdit.POSTAL_CODE, form.getPostalCode())
                .add(ContactEdit.CITY, form.getCity())
                .add(ContactEdit.PHONE, form.getPhone())
                .add(ContactEdit.EMAIL, form.getEmail())
                .add(ContactEdit.ACTIVE, getTranslation(form.isActive() ? "edit.yes" : "edit.no"))
                .add(ContactEdit.OFFICE, form.getOffice())
                .add(ContactEdit.RESPONSIBILITIES, form.getResponsibilities());
    }
}
