package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import de.heidelberg.partnerportal.security.EmailAddress;
import de.heidelberg.partnerportal.security.UserService;
import de.heidelberg.partnerportal.security.UserSummary;

/** Changes or removes a user's e-mail address (where invitations and password links go). */
class EmailDialog extends FormDialog<EmailDialog.EmailForm> {

    private final UserService users;
    private final String username;

    EmailDialog(UserService users, UserSummary user, Runnable onSaved) {
        this(users, new EmailField(), user, onSaved);
    }

    private EmailDialog(UserService users, EmailField email, UserSummary user, Runnable onSaved) {
        super(
                email.getTranslation("mail.email.title", user.username()),
                new Binder<>(),
                new EmailForm(),
                onSaved,
                email);
        this.users = users;
        this.username = user.username();
        email.setLabel(getTranslation("mail.field.email"));
        email.setHelperText(getTranslation("mail.email.hint"));
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setClearButtonVisible(true);
        email.setI18n(
                new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("mail.error.email-invalid")));
        binder.forField(email)
                .withValidator(
                        value -> value.isBlank() || EmailAddress.isValid(value),
                        getTranslation("mail.error.email-invalid"))
                .bind(EmailForm::getEmail, EmailForm::setEmail);
        EmailForm current = new EmailForm();
        current.setEmail(user.email() == null ? "" : user.email());
        binder.readBean(current);
    }

    @Override
    protected void apply(EmailForm form) {
        users.changeEmail(username, form.getEmail());
    }

    /** Form bean: one address, or none. */
    static class EmailForm {
        private String email = "";

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }
    }
}
