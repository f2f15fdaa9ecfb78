package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import de.heidelberg.partnerportal.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** Check boxes for the roles, each with its translated name and what it may do. */
class RoleSelect extends CheckboxGroup<Role> {

    RoleSelect() {
        this(EnumSet.allOf(Role.class));
    }

    /** Only the roles offered, e.g. for an invited partner colleague. */
    RoleSelect(Set<Role> offered) {
        setLabel(getTranslation("users.field.roles"));
        setItems(EnumSet.copyOf(offered));
        setItemLabelGenerator(
                role -> getTranslation(role.labelKey()) + " – " + getTranslation(role.labelKey() + ".hint"));
        addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        setRequiredIndicatorVisible(true);
    }
}
