package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.heidelberg.partnerportal.security.EmailAddress;
import de.heidelberg.partnerportal.security.PasswordPolicy;
import de.heidelberg.partnerportal.security.UserService;

/** Creates a user with a name, roles and a first password. */
class NewUserDialog extends FormDialog<NewUserForm> {

    private final UserService users;

    NewUserDialog(UserService users, PasswordPolicy policy, Runnable onSaved) {
        this(users, new Fields(policy, users.translatableLanguages()), onSaved);
    }

    private NewUserDialog(UserService users, Fields fields, Runnable onSaved) {
        super(
                fields.username.getTranslation("users.new.title"),
                new Binder<>(),
                new NewUserForm(),
                onSaved,
                fields.username,
                fields.displayName,
                fields.email,
                fields.roles,
                fields.languages,
                fields.passwords.password,
                fields.passwords.confirmation);
        this.users = users;
        binder.forField(fields.username)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        value -> value.trim().matches("[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}"),
                        getTranslation("users.error.username-invalid"))
                .bind(NewUserForm::getUsername, NewUserForm::setUsername);
        binder.forField(fields.displayName)
                .asRequired(getTranslation("validation.required"))
                .bind(NewUserForm::getDisplayName, NewUserForm::setDisplayName);
        binder.forField(fields.email)
                .withValidator(
                        value -> value.isBlank() || EmailAddress.isValid(value),
                        getTranslation("mail.error.email-invalid"))
                .bind(NewUserForm::getEmail, NewUserForm::setEmail);
        binder.forField(fields.roles)
                .asRequired(getTranslation("users.error.no-role"))
                .bind(NewUserForm::getRoles, NewUserForm::setRoles);
        fields.languages.bind(binder, fields.roles, NewUserForm::getLanguages, NewUserForm::setLanguages);
        fields.passwords.bind(binder);
        binder.readBean(new NewUserForm());
    }

    @Override
    protected void apply(NewUserForm form) {
        users.create(form.toRequest());
    }

    /** The dialog's fields, made before the dialog so that the dialog can lay them out. */
    private static final class Fields {
        final TextField username = new TextField();
        final TextField displayName = new TextField();
        final EmailField email = new EmailField();
        final RoleSelect roles = new RoleSelect();
        final TranslationLanguageSelect languages;
        final PasswordFields passwords;

        Fields(PasswordPolicy policy, java.util.Set<String> translatable) {
            languages = new TranslationLanguageSelect(translatable);
            username.setLabel(username.getTranslation("users.field.username"));
            username.setHelperText(username.getTranslation("users.field.username.hint"));
            username.setMaxLength(64);
            username.setRequiredIndicatorVisible(true);
            displayName.setLabel(username.getTranslation("users.field.display-name"));
            displayName.setMaxLength(200);
            displayName.setRequiredIndicatorVisible(true);
            email.setLabel(username.getTranslation("mail.field.email"));
            email.setHelperText(username.getTranslation("mail.email.hint"));
            email.setMaxLength(EmailAddress.MAX_LENGTH);
            email.setI18n(new EmailField.EmailFieldI18n()
                    .setPatternErrorMessage(email.getTranslation("mail.error.email-invalid")));
            passwords = new PasswordFields(policy, username::getValue);
        }
    }
}
