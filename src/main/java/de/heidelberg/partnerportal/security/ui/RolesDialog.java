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
        this(users, new RoleSelect(), new TranslationLanguageSelect(users.translatableLanguages()), user, onSaved);
    }

    private RolesDialog(
            UserService users,
            RoleSelect roles,
            TranslationLanguageSelect languages,
            UserSummary user,
            Runnable onSaved) {
        super(
                roles.getTranslation("users.roles.title", user.username()),
                new Binder<>(),
                new RolesForm(),
                onSaved,
                roles,
                languages);
        this.users = users;
        this.username = user.username();
        binder.forField(roles)
                .asRequired(getTranslation("users.error.no-role"))
                .bind(RolesForm::getRoles, RolesForm::setRoles);
        languages.bind(binder, roles, RolesForm::getLanguages, RolesForm::setLanguages);
        RolesForm current = new RolesForm();
        current.setRoles(EnumSet.copyOf(user.roles()));
        current.setLanguages(user.translationLanguages());
        binder.readBean(current);
    }

    @Override
    protected void apply(RolesForm form) {
        users.changeRoles(username, form.getRoles(), form.getLanguages());
    }

    /** Form bean: the chosen roles and, for a translator, languages. */
    static class RolesForm {
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        private Set<String> languages = Set.of();

        Set<String> getLanguages() {
            return languages;
        }

        void setLanguages(Set<String> languages) {
            this.languages = Set.copyOf(languages);
        }

        Set<Role> getRoles() {
            return roles;
        }

        void setRoles(Set<Role> roles) {
            this.roles = roles;
        }
    }
}
