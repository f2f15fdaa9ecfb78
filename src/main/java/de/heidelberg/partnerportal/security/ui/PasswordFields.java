package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import de.heidelberg.partnerportal.security.PasswordPolicy;
import java.util.function.Supplier;

/** A new password and its confirmation, checked against the password rules while the admin types. */
final class PasswordFields {

    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    private final PasswordPolicy policy;
    private final Supplier<String> username;

    PasswordFields(PasswordPolicy policy, Supplier<String> username) {
        this.policy = policy;
        this.username = username;
        password.setLabel(password.getTranslation("users.field.password"));
        password.setHelperText(password.getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(password.getTranslation("users.field.password-confirm"));
        for (PasswordField field : new PasswordField[] {password, confirmation}) {
            field.setMaxLength(PasswordPolicy.MAX_LENGTH);
            field.setRequiredIndicatorVisible(true);
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
        }
    }

    <T extends PasswordForm> void bind(Binder<T> binder) {
        binder.forField(password)
                .withValidator((value, context) -> policy.violation(value, username.get())
                        .map(key -> ValidationResult.error(password.getTranslation(key, PasswordPolicy.MIN_LENGTH)))
                        .orElse(ValidationResult.ok()))
                .bind(PasswordForm::getPassword, PasswordForm::setPassword);
        binder.forField(confirmation)
                .withValidator(
                        value -> value != null && value.equals(password.getValue()),
                        password.getTranslation("password.mismatch"))
                .bind(PasswordForm::getConfirmation, PasswordForm::setConfirmation);
    }
}
