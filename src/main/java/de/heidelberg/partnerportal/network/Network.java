package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.i18n.TranslatedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A European city network the city belongs to, and its roles in it over time. */
@Entity
@Table(name = "network")
class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "name_id")
    private TranslatedText name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NetworkKind kind;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "size_id")
    private TranslatedText size;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "description_id")
    private TranslatedText description;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "internal_note_id")
    private TranslatedText internalNote;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "network_id", nullable = false)
    @OrderColumn(name = "position")
    private List<NetworkRole> roles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "network_contact", joinColumns = @JoinColumn(name = "network_id"))
    @OrderColumn(name = "position")
    @Column(name = "contact_id")
    private List<Long> contactIds = new ArrayList<>();

    @Column(nullable = false)
    private boolean published = true;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Network() {}

    Network(NewNetwork data, String sourceLanguage, int position) {
        this.slug = data.slug();
        this.name = TranslatedText.of(sourceLanguage, data.name());
        this.kind = data.kind();
        this.size = TranslatedText.ofOptional(sourceLanguage, data.size());
        this.description = TranslatedText.of(sourceLanguage, data.description());
        for (NewNetwork.Role role : data.roles()) {
            roles.add(new NetworkRole(role.from(), role.to(), TranslatedText.of(sourceLanguage, role.role())));
        }
        this.contactIds = new ArrayList<>(data.contactIds());
        this.position = position;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    TranslatedText getName() {
        return name;
    }

    NetworkKind getKind() {
        return kind;
    }

    TranslatedText getSize() {
        return size;
    }

    TranslatedText getDescription() {
        return description;
    }

    TranslatedText getInternalNote() {
        return internalNote;
    }

    void setInternalNote(TranslatedText internalNote) {
        this.internalNote = internalNote;
    }

    List<NetworkRole> getRoles() {
        return roles;
    }

    List<Long> getContactIds() {
        return List.copyOf(contactIds);
    }

    boolean isPublished() {
        return published;
    }

    int getPosition() {
        return position;
    }
}
