package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.data.binder.Binder;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.UserService;
import de.heidelberg.partnerportal.security.UserSummary;
import java.util.EnumSet;
import java.util.Set;

/** Changes a user's roles; their open sessions end so that the new roles apply at once. */
class RolesDialog extends FormDialog<RolesDialog.RolesForm> {

    private final UserService users;
    private final String username;

    RolesDialog(UserService users, UserSummary user, Runnable onSaved) {
        this(users, new RoleSelect(), user, onSaved);
    }

    private RolesDialog(UserService users, RoleSelect roles, UserSummary user, Runnable onSaved) {
        super(roles.getTranslation("users.roles.title", user.username()), new Binder<>(), new RolesForm(), onSaved, roles);
        this.users = users;
        this.username = user.username();
        binder.forField(roles)
                .asRequired(getTranslation("users.error.no-role"))
                .bind(RolesForm::getRoles, RolesForm::setRoles);
        RolesForm current = new RolesForm();
        current.setRoles(EnumSet.copyOf(user.roles()));
        binder.readBean(current);
    }

    @Override
    protected void apply(RolesForm form) {
        users.changeRoles(username, form.getRoles());
    }

    /** Form bean: the chosen roles. */
    static class RolesForm {
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        Set<Role> getRoles() {
            return roles;
        }

        void setRoles(Set<Role> roles) {
            this.roles = roles;
        }
    }
}
