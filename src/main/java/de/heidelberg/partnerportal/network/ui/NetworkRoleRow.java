package de.heidelberg.partnerportal.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import de.heidelberg.partnerportal.network.NetworkEdit;
import de.heidelberg.partnerportal.network.NetworkRoleEdit;
import de.heidelberg.partnerportal.network.NetworkService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** One of the city's roles in a network in its editor: the period, and the role in every language. */
class NetworkRoleRow implements ListField.Row<NetworkRoleEdit> {

    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TranslatedTextField role;
    private final Div inputs;

    NetworkRoleRow(
            NetworkRoleEdit edit,
            int index,
            Runnable changed,
            List<Locale> languages,
            Map<String, Map<String, TranslationState>> states,
            UnaryOperator<String> translate) {
        from.setLabel(translate.apply("networks.field.from"));
        from.setHelperText(translate.apply(NetworkEdit.PERIOD.helpKey()));
        from.setMaxLength(7);
        from.setRequired(true);
        to.setLabel(translate.apply("networks.field.to"));
        to.setMaxLength(7);
        role = new TranslatedTextField(
                translate.apply(NetworkEdit.ROLE.key()),
                languages,
                TranslatedText.MAX_LINE_LENGTH,
                TranslatedTextField.Kind.LINE);
        from.setValue(edit.from());
        to.setValue(edit.to());
        role.setValue(edit.role());
        role.setStates(states.getOrDefault(NetworkEdit.ROLE.at(index).key(), Map.of()));
        for (TextField period : List.of(from, to)) {
            period.addValueChangeListener(change -> {
                boolean valid = change.getValue().isBlank() ? period == to : NetworkService.isPeriod(change.getValue());
                period.setInvalid(!valid);
                period.setErrorMessage(valid ? null : translate.apply("networks.error.period.short"));
                if (change.isFromClient()) {
                    changed.run();
                }
            });
        }
        role.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.run();
            }
        });
        Div period = new Div(from, to);
        period.addClassName("role-period");
        inputs = new Div(period, role);
        inputs.addClassName("network-role");
    }

    @Override
    public Component inputs() {
        return inputs;
    }

    @Override
    public NetworkRoleEdit value() {
        return new NetworkRoleEdit(from.getValue(), to.getValue(), role.getValue());
    }

    @Override
    public void setEditableLanguages(Set<String> editable) {
        from.setReadOnly(true);
        to.setReadOnly(true);
        role.setEditableLanguages(editable);
    }
}
