package de.heidelberg.partnerportal.contact;

import de.heidelberg.partnerportal.i18n.TranslatedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person or an office of the city that readers can turn to; stored once, referenced anywhere. */
@Entity
@Table(name = "contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private TranslatedText office;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "responsibilities_id")
    private TranslatedText responsibilities;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "internal_note_id")
    private TranslatedText internalNote;

    @Column(length = 200)
    private String street;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 100)
    private String city;

    @Column(length = 100)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private boolean published = true;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Contact() {}

    Contact(NewContact data, String sourceLanguage, int position) {
        this.slug = data.slug();
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

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
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

    TranslatedText getResponsibilities() {
        return responsibilities;
    }

    TranslatedText getInternalNote() {
        return internalNote;
    }

    void setInternalNote(TranslatedText internalNote) {
        this.internalNote = internalNote;
    }

    String getStreet() {
        return street;
    }

    String getPostalCode() {
        return postalCode;
    }

    String getCity() {
        return city;
    }

    String getPhone() {
        return phone;
    }

    String getEmail() {
        return email;
    }

    boolean isActive() {
        return active;
    }

    boolean isPublished() {
        return published;
    }

    void setPublished(boolean published) {
        this.published = published;
    }
}
