package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A city network as an editor's form holds it. */
public class NetworkEdit extends ContentForm {

    // the form's fields, by the translation keys of their names
    public static final FieldKey NAME = new FieldKey("networks.field.name");
    public static final FieldKey SIZE = new FieldKey("networks.size");
    public static final FieldKey DESCRIPTION = new FieldKey("networks.field.description");
    public static final FieldKey KIND = new FieldKey("networks.kind");
    public static final FieldKey ROLE = new FieldKey("networks.field.role");
    public static final FieldKey PERIOD = new FieldKey("networks.field.period");

    private TextEdit name = TextEdit.EMPTY;
    private @Nullable NetworkKind kind = NetworkKind.THEMATIC;
    private TextEdit size = TextEdit.EMPTY;
    private TextEdit description = TextEdit.EMPTY;
    private Set<Long> contactIds = new LinkedHashSet<>();
    private List<NetworkRoleEdit> roles = List.of();

    @Override
    public NetworkEdit copy() {
        NetworkEdit copy = new NetworkEdit();
        copyInto(copy);
        copy.name = name;
        copy.kind = kind;
        copy.size = size;
        copy.description = description;
        copy.contactIds = new LinkedHashSet<>(contactIds);
        copy.roles = roles;
        return copy;
    }

    public TextEdit getName() {
        return name;
    }

    public void setName(TextEdit name) {
        this.name = name;
    }

    public @Nullable NetworkKind getKind() {
        return kind;
    }

    public void setKind(@Nullable NetworkKind kind) {
        this.kind = kind;
    }

    public TextEdit getSize() {
        return size;
    }

    public void setSize(TextEdit size) {
        this.size = size;
    }

    public TextEdit getDescription() {
        return description;
    }

    public void setDescription(TextEdit description) {
        this.description = description;
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }

    public void setContactIds(Set<Long> contactIds) {
        this.contactIds = new LinkedHashSet<>(contactIds);
    }

    public List<NetworkRoleEdit> getRoles() {
        return roles;
    }

    public void setRoles(List<NetworkRoleEdit> roles) {
        this.roles = List.copyOf(roles);
    }
}
