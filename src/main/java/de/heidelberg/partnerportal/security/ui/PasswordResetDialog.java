package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.data.binder.Binder;
import de.heidelberg.partnerportal.security.PasswordPolicy;
import de.heidelberg.partnerportal.security.UserService;
import de.heidelberg.partnerportal.security.UserSummary;

/** Gives a user a new password; their open sessions end. */
class PasswordResetDialog extends FormDialog<PasswordForm> {

    private final UserService users;
    private final String username;

    PasswordResetDialog(UserService users, PasswordPolicy policy, UserSummary user, Runnable onSaved) {
        this(users, new PasswordFields(policy, user::username), user, onSaved);
    }

    private PasswordResetDialog(UserService users, PasswordFields fields, UserSummary user, Runnable onSaved) {
        super(
                fields.password.getTranslation("users.password.title", user.username()),
                new Binder<>(),
                new PasswordForm(),
                onSaved,
                fields.password,
                fields.confirmation);
        this.users = users;
        this.username = user.username();
        fields.bind(binder);
        binder.readBean(new PasswordForm());
    }

    @Override
    protected void apply(PasswordForm form) {
        users.resetPassword(username, form.getPassword());
    }
}
