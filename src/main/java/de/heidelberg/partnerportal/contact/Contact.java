package de.heidelberg.partnerportal.contact;

import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.search.ContentDocumentBinder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/** A person or an office of the city that readers can turn to; stored once, referenced anywhere. */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ContentDocumentBinder.class))
@Table(name = "contact")
class Contact extends ContentEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactKind kind;

    @Column(nullable = false, length = ContactEdit.NAME_LENGTH)
    private String name;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private TranslatedText office;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "responsibilities_id")
    private @Nullable TranslatedText responsibilities;

    @Column(length = ContactEdit.STREET_LENGTH)
    private @Nullable String street;

    @Column(name = "postal_code", length = ContactEdit.POSTAL_CODE_LENGTH)
    private @Nullable String postalCode;

    @Column(length = ContactEdit.CITY_LENGTH)
    private @Nullable String city;

    @Column(length = ContactEdit.PHONE_LENGTH)
    private @Nullable String phone;

    @Column(length = ContactEdit.EMAIL_LENGTH)
    private @Nullable String email;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int position;

    protected Contact() {}

    Contact(NewContact data, String sourceLanguage, int position) {
        super(data.slug());
        this.kind = data.kind();
        this.name = data.name();
        this.office = TranslatedText.of(sourceLanguage, data.office());
        this.responsibilities = TranslatedText.ofOptional(sourceLanguage, data.responsibilities());
        this.street = data.street();
        this.postalCode = data.postalCode();
        this.city = data.city();
        this.phone = data.phone();
        this.email = data.email();
        this.active = data.active();
        this.position = position;
    }

    /** A new contact from an editor's form, listed last. */
    Contact(ContactEdit edit, String sourceLanguage, int position) {
        super(edit.getSlug());
        this.office = TranslatedText.of(sourceLanguage, edit.getOffice());
        this.position = position;
        apply(edit, sourceLanguage);
    }

    /** Takes over what an editor changed; the form has been checked by the service. */
    void apply(ContactEdit edit, String sourceLanguage) {
        this.kind = edit.getKind();
        this.name = edit.getName().strip();
        office.edit(sourceLanguage, edit.getOffice());
        this.responsibilities = TranslatedText.edit(responsibilities, sourceLanguage, edit.getResponsibilities());
        this.street = EditChecks.tidy(edit.getStreet());
        this.postalCode = EditChecks.tidy(edit.getPostalCode());
        this.city = EditChecks.tidy(edit.getCity());
        this.phone = EditChecks.tidy(edit.getPhone());
        this.email = EditChecks.tidy(edit.getEmail());
        this.active = edit.isActive();
        applyForm(edit, sourceLanguage);
    }

    ContactKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    TranslatedText getOffice() {
        return office;
    }

    @Nullable
    TranslatedText getResponsibilities() {
        return responsibilities;
    }

    @Nullable
    String getStreet() {
        return street;
    }

    @Nullable
    String getPostalCode() {
        return postalCode;
    }

    @Nullable
    String getCity() {
        return city;
    }

    @Nullable
    String getPhone() {
        return phone;
    }

    @Nullable
    String getEmail() {
        return email;
    }

    boolean isActive() {
        return active;
    }

    @Override
    public ContentType contentType() {
        return ContentType.CONTACT;
    }

    /** A contact's title is their name, the same in every language. */
    @Override
    public @Nullable TranslatedText searchTitle() {
        return null;
    }

    @Override
    public String searchPlainTitle() {
        return name;
    }

    @Override
    public List<TranslatedText> searchTexts() {
        List<TranslatedText> texts = new ArrayList<>(List.of(office));
        if (responsibilities != null) {
            texts.add(responsibilities);
        }
        return texts;
    }
}
