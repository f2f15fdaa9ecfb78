package de.heidelberg.partnerportal.network.ui;

import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.network.NetworkEdit;
import de.heidelberg.partnerportal.network.NetworkKind;
import de.heidelberg.partnerportal.network.NetworkRoleEdit;
import de.heidelberg.partnerportal.network.NetworkService;
import de.heidelberg.partnerportal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** The editor of a city network at {@code /edit/networks/{slug}}, or of a new one at {@code /edit/networks/new}. */
@Route("edit/networks")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
public class NetworkEditView extends EditorPage<NetworkEdit> {

    public NetworkEditView(NetworkService networks, EditorServices services) {
        super(ContentType.NETWORK, "nav.networks", NetworkEdit.class, networks, services);
    }

    @Override
    protected TextEdit heading(NetworkEdit form) {
        return form.getName();
    }

    @Override
    protected Component form(NetworkEdit form) {
        Select<NetworkKind> kind = new Select<>();
        kind.setLabel(getTranslation("networks.kind"));
        kind.setItems(NetworkKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("networks.kind.single." + value.name()));
        binder.forField(kind).asRequired(getTranslation("edit.error.field-required", getTranslation("networks.kind")))
                .bind(NetworkEdit::getKind, NetworkEdit::setKind);
        MultiSelectComboBox<Long> contacts = linkPicker("content.contacts", ContentType.CONTACT);
        binder.forField(contacts).bind(NetworkEdit::getContactIds, NetworkEdit::setContactIds);

        String source = languages().getFirst().getLanguage();
        ListField<NetworkRoleEdit> roles = new ListField<>(getTranslation("networks.roles"),
                getTranslation("networks.role.add"), getTranslation("networks.role.remove"),
                () -> new NetworkRoleEdit(null, null, null), (role, index, changed) -> new NetworkRoleRow(role, index,
                        changed, languages(), form.getStates(), this::getTranslation));
        roles.addClassName("network-roles-field");
        binder.forField(roles)
                .withValidator(list -> list.stream().allMatch(role -> !role.role().text(source).isBlank()
                                && NetworkService.isPeriod(role.from())
                                && (role.to().isBlank() || NetworkService.isPeriod(role.to()))),
                        getTranslation("networks.error.period", getTranslation(NetworkService.ROLE)))
                .bind(NetworkEdit::getRoles, NetworkEdit::setRoles);

        return layout(form, List.of(slugField(form), kind, contacts),
                translatedField(form, "networks.field.name", LINE, true, TranslatedText.MAX_LINE_LENGTH,
                        NetworkEdit::getName, NetworkEdit::setName),
                translatedField(form, "networks.size", LINE, false, TranslatedText.MAX_LINE_LENGTH,
                        NetworkEdit::getSize, NetworkEdit::setSize),
                translatedField(form, "networks.field.description", MARKDOWN, true, TranslatedText.MAX_LENGTH,
                        NetworkEdit::getDescription, NetworkEdit::setDescription),
                roles);
    }

    @Override
    protected Map<String, Object> values(NetworkEdit form) {
        Map<String, Object> values = fieldValues(
                "networks.kind", form.getKind() == null ? null : getTranslation("networks.kind.single." + form.getKind().name()),
                "content.contacts", linkTitles(form.getContactIds(), ContentType.CONTACT),
                "networks.field.name", form.getName(),
                "networks.size", form.getSize(),
                "networks.field.description", form.getDescription());
        List<NetworkRoleEdit> roles = form.getRoles();
        for (int index = 0; index < roles.size(); index++) {
            NetworkRoleEdit role = roles.get(index);
            values.put("networks.field.period#" + index, role.from() + "–" + role.to());
            values.put(NetworkService.ROLE + "#" + index, role.role());
        }
        return values;
    }
}
