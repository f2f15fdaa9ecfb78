package de.heidelberg.partnerportal.contact;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A contact as an editor's form holds it: the name and address as they are, office and responsibilities translated. */
public class ContactEdit extends ContentForm {

    // the form's fields, by the translation keys of their names
    public static final FieldKey KIND = new FieldKey("contacts.field.kind");
    public static final FieldKey NAME = new FieldKey("contacts.field.name");
    public static final FieldKey OFFICE = new FieldKey("contacts.field.office");
    public static final FieldKey RESPONSIBILITIES = new FieldKey("contacts.field.responsibilities");
    public static final FieldKey STREET = new FieldKey("contacts.field.street");
    public static final FieldKey POSTAL_CODE = new FieldKey("contacts.field.postal-code");
    public static final FieldKey CITY = new FieldKey("contacts.field.city");
    public static final FieldKey PHONE = new FieldKey("contacts.field.phone");
    public static final FieldKey EMAIL = new FieldKey("contacts.field.email");
    public static final FieldKey ACTIVE = new FieldKey("contacts.field.active");

    private @Nullable ContactKind kind = ContactKind.PERSON;
    /** The longest texts the database keeps (table contact). */
    public static final int NAME_LENGTH = 200;

    public static final int STREET_LENGTH = 200;
    public static final int POSTAL_CODE_LENGTH = 20;
    public static final int CITY_LENGTH = 100;
    public static final int PHONE_LENGTH = 100;
    public static final int EMAIL_LENGTH = 200;

    @NotBlank
    @Size(max = NAME_LENGTH)
    private String name = "";

    private TextEdit office = TextEdit.EMPTY;
    private TextEdit responsibilities = TextEdit.EMPTY;

    @Size(max = STREET_LENGTH)
    private String street = "";

    @Size(max = POSTAL_CODE_LENGTH)
    private String postalCode = "";

    @Size(max = CITY_LENGTH)
    private String city = "";

    @Size(max = PHONE_LENGTH)
    private String phone = "";

    @Size(max = EMAIL_LENGTH)
    private String email = "";

    private boolean active = true;

    @Override
    public ContactEdit copy() {
        ContactEdit copy = new ContactEdit();
        copyInto(copy);
        copy.kind = kind;
        copy.name = name;
        copy.office = office;
        copy.responsibilities = responsibilities;
        copy.street = street;
        copy.postalCode = postalCode;
        copy.city = city;
        copy.phone = phone;
        copy.email = email;
        copy.active = active;
        return copy;
    }

    public @Nullable ContactKind getKind() {
        return kind;
    }

    public void setKind(@Nullable ContactKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TextEdit getOffice() {
        return office;
    }

    public void setOffice(TextEdit office) {
        this.office = office;
    }

    public TextEdit getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(TextEdit responsibilities) {
        this.responsibilities = responsibilities;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
