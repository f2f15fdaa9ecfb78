package de.heidelberg.partnerportal.contact.ui;

import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
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
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.security.Role;
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
    protected Component form(ContactEdit form) {
        Select<ContactKind> kind = new Select<>();
        kind.setLabel(getTranslation("contacts.field.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("contacts.kind." + value.name()));
        binder.forField(kind).asRequired(getTranslation("edit.error.field-required", getTranslation("contacts.field.kind")))
                .bind(ContactEdit::getKind, ContactEdit::setKind);
        TextField name = line("contacts.field.name", ContactEdit.NAME_LENGTH, "name");
        TextField street = line("contacts.field.street", ContactEdit.STREET_LENGTH, "street");
        TextField postalCode = line("contacts.field.postal-code", ContactEdit.POSTAL_CODE_LENGTH, "postalCode");
        TextField city = line("contacts.field.city", ContactEdit.CITY_LENGTH, "city");
        TextField phone = new TextField(getTranslation("contacts.field.phone"));
        phone.setMaxLength(ContactEdit.PHONE_LENGTH);
        binder.forField(phone).withValidator(ContactService::isPhone, getTranslation("contacts.error.phone"))
                .bind("phone");
        EmailField email = new EmailField(getTranslation("contacts.field.email"));
        email.setMaxLength(ContactEdit.EMAIL_LENGTH);
        binder.forField(email).withValidator(ContactService::isEmail, getTranslation("contacts.error.email"))
                .bind("email");
        Checkbox active = new Checkbox(getTranslation("contacts.field.active"));
        active.setHelperText(getTranslation("contacts.field.active.help"));
        binder.forField(active).bind(ContactEdit::isActive, ContactEdit::setActive);

        return layout(form, List.of(slugField(form), kind, name, street, postalCode, city, phone, email, active),
                translatedField(form, "contacts.field.office", LINE, true, TranslatedText.MAX_LINE_LENGTH,
                        ContactEdit::getOffice, ContactEdit::setOffice),
                translatedField(form, "contacts.field.responsibilities", PLAIN_TEXT, false, TranslatedText.MAX_LENGTH,
                        ContactEdit::getResponsibilities, ContactEdit::setResponsibilities));
    }

    /** A line bound by its property, so that the form's constraints (required, length) check it too. */
    private TextField line(String labelKey, int maxLength, String property) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        binder.forField(field).bind(property);
        return field;
    }

    @Override
    protected Map<String, Object> values(ContactEdit form) {
        return fieldValues(
                "contacts.field.kind", form.getKind() == null ? null : getTranslation("contacts.kind." + form.getKind().name()),
                "contacts.field.name", form.getName(),
                "contacts.field.street", form.getStreet(),
                "contacts.field.postal-code", form.getPostalCode(),
                "contacts.field.city", form.getCity(),
                "contacts.field.phone", form.getPhone(),
                "contacts.field.email", form.getEmail(),
                "contacts.field.active", getTranslation(form.isActive() ? "edit.yes" : "edit.no"),
                "contacts.field.office", form.getOffice(),
                "contacts.field.responsibilities", form.getResponsibilities());
    }
}
