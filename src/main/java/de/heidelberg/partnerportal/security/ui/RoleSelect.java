package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import de.heidelberg.partnerportal.security.Role;
import java.util.EnumSet;

/** Check boxes for the roles, each with its translated name and what it may do. */
class RoleSelect extends CheckboxGroup<Role> {

    RoleSelect() {
        setLabel(getTranslation("users.field.roles"));
        setItems(EnumSet.allOf(Role.class));
        setItemLabelGenerator(
                role -> getTranslation(role.labelKey()) + " – " + getTranslation(role.labelKey() + ".hint"));
        addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        setRequiredIndicatorVisible(true);
    }
}
