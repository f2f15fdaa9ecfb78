package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.LinkOrder;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.search.ContentDocumentBinder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/** A European city network the city belongs to, and its roles in it over time. */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ContentDocumentBinder.class))
@Table(name = "network")
class Network extends ContentEntity {

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "name_id")
    private TranslatedText name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NetworkKind kind;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "size_id")
    private @Nullable TranslatedText size;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "description_id")
    private TranslatedText description;

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
    private int position;

    protected Network() {}

    Network(NewNetwork data, String sourceLanguage, int position) {
        super(data.slug());
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

    /** A new network from an editor's form, listed last. */
    Network(NetworkEdit edit, String sourceLanguage, int position) {
        super(edit.getSlug());
        this.name = TranslatedText.of(sourceLanguage, edit.getName());
        this.description = TranslatedText.of(sourceLanguage, edit.getDescription());
        this.position = position;
        apply(edit, sourceLanguage);
    }

    /** Takes over what an editor changed; the form has been checked by the service. */
    void apply(NetworkEdit edit, String sourceLanguage) {
        name.edit(sourceLanguage, edit.getName());
        this.kind = edit.getKind();
        this.size = TranslatedText.edit(size, sourceLanguage, edit.getSize());
        description.edit(sourceLanguage, edit.getDescription());
        this.contactIds = new ArrayList<>(LinkOrder.keep(contactIds, edit.getContactIds()));
        List<NetworkRoleEdit> edits = edit.getRoles();
        for (int index = 0; index < edits.size(); index++) {
            NetworkRoleEdit role = edits.get(index);
            if (index < roles.size()) {
                roles.get(index).apply(role, sourceLanguage);
            } else {
                roles.add(new NetworkRole(
                        role.from().strip(),
                        role.to().isBlank() ? null : role.to().strip(),
                        TranslatedText.of(sourceLanguage, role.role())));
            }
        }
        while (roles.size() > edits.size()) {
            roles.removeLast();
        }
        applyForm(edit, sourceLanguage);
    }

    TranslatedText getName() {
        return name;
    }

    NetworkKind getKind() {
        return kind;
    }

    @Nullable
    TranslatedText getSize() {
        return size;
    }

    TranslatedText getDescription() {
        return description;
    }

    List<NetworkRole> getRoles() {
        return roles;
    }

    List<Long> getContactIds() {
        return List.copyOf(contactIds);
    }

    @Override
    public ContentType contentType() {
        return ContentType.NETWORK;
    }

    @Override
    public TranslatedText searchTitle() {
        return name;
    }

    @Override
    public List<TranslatedText> searchTexts() {
        List<TranslatedText> texts = new ArrayList<>();
        texts.add(description);
        if (size != null) {
            texts.add(size);
        }
        roles.forEach(role -> texts.add(role.getRole()));
        return texts;
    }
}
