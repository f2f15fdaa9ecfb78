package de.heidelberg.partnerportal.network.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.network.NetworkEdit;
import de.heidelberg.partnerportal.network.NetworkKind;
import de.heidelberg.partnerportal.network.NetworkRoleEdit;
import de.heidelberg.partnerportal.network.NetworkService;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.editor.EditorFields;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.FieldValues;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

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
    protected Component form(NetworkEdit form, EditorFields<NetworkEdit> fields) {
        Select<NetworkKind> kind = new Select<>();
        kind.setLabel(getTranslation(NetworkEdit.KIND.key()));
        kind.setItems(NetworkKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("networks.kind.single." + value.name()));
        fields.choice(kind, getTranslation("edit.error.field-required", getTranslation(NetworkEdit.KIND.key())))
                .bind(NetworkEdit::getKind, NetworkEdit::setKind);
        MultiSelectComboBox<Long> contacts = fields.linkPicker(ContentForm.CONTACTS, ContentType.CONTACT);
        fields.binder().forField(contacts).bind(NetworkEdit::getContactIds, NetworkEdit::setContactIds);

        String source = fields.languages().getFirst().getLanguage();
        ListField<NetworkRoleEdit> roles = new ListField<>(
                getTranslation("networks.roles"),
                getTranslation("networks.role.add"),
                getTranslation("networks.role.remove"),
                () -> new NetworkRoleEdit(null, null, null),
                (role, index, changed) -> new NetworkRoleRow(
                        role, index, changed, fields.languages(), form.getStates(), this::getTranslation));
        roles.addClassName("network-roles-field");
        fields.binder()
                .forField(roles)
                .withValidator(
                        list -> list.stream()
                                .allMatch(role -> !role.role().text(source).isBlank()
                                        && NetworkService.isPeriod(role.from())
                                        && (role.to().isBlank() || NetworkService.isPeriod(role.to()))),
                        getTranslation("networks.error.period", getTranslation(NetworkEdit.ROLE.key())))
                .bind(NetworkEdit::getRoles, NetworkEdit::setRoles);

        return fields.layout(
                List.of(fields.slug(), kind, contacts),
                fields.translated(
                        NetworkEdit.NAME,
                        LINE,
                        true,
                        TranslatedText.MAX_LINE_LENGTH,
                        NetworkEdit::getName,
                        NetworkEdit::setName),
                fields.translated(
                        NetworkEdit.SIZE,
                        LINE,
                        false,
                        TranslatedText.MAX_LINE_LENGTH,
                        NetworkEdit::getSize,
                        NetworkEdit::setSize),
                fields.translated(
                        NetworkEdit.DESCRIPTION,
                        MARKDOWN,
                        true,
                        TranslatedText.MAX_LENGTH,
                        NetworkEdit::getDescription,
                        NetworkEdit::setDescription),
                roles);
    }

    @Override
    protected FieldValues values(NetworkEdit form, EditorFields<NetworkEdit> fields) {
        FieldValues values = fields.values()
                .add(
                        NetworkEdit.KIND,
                        form.getKind() == null
                                ? null
                                : getTranslation(
                                        "networks.kind.single." + form.getKind().name()))
                .add(ContentForm.CONTACTS, fields.linkTitles(form.getContactIds(), ContentType.CONTACT))
                .add(NetworkEdit.NAME, form.getName())
                .add(NetworkEdit.SIZE, form.getSize())
                .add(NetworkEdit.DESCRIPTION, form.getDescription());
        List<NetworkRoleEdit> roles = form.getRoles();
        for (int index = 0; index < roles.size(); index++) {
            NetworkRoleEdit role = roles.get(index);
            values.add(NetworkEdit.PERIOD.at(index), role.from() + "–" + role.to());
            values.add(NetworkEdit.ROLE.at(index), role.role());
        }
        return values;
    }
}
