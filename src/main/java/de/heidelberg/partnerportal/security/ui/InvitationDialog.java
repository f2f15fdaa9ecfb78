package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.heidelberg.partnerportal.security.EmailAddress;
import de.heidelberg.partnerportal.security.InvitationService;
import de.heidelberg.partnerportal.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Invites a partner colleague: name, e-mail address, the language of the mail (and of the portal for them),
 * the username the mail names (proposed from the address), PARTNER and optionally TRANSLATOR.
 */
class InvitationDialog extends FormDialog<InvitationForm> {

    private final InvitationService invitations;

    InvitationDialog(
            InvitationService invitations, List<Locale> languages, Set<String> translatable, Runnable onSaved) {
        this(invitations, new Fields(languages, translatable), onSaved);
    }

    private InvitationDialog(InvitationService invitations, Fields fields, Runnable onSaved) {
        super(
                fields.email.getTranslation("mail.invite.title"),
                new Binder<>(),
                new InvitationForm(),
                onSaved,
                fields.displayName,
                fields.email,
                fields.username,
                fields.language,
                fields.roles,
                fields.languages);
        this.invitations = invitations;
        binder.forField(fields.displayName)
                .asRequired(getTranslation("validation.required"))
                .bind(InvitationForm::getDisplayName, InvitationForm::setDisplayName);
        binder.forField(fields.email)
                .asRequired(getTranslation("validation.required"))
                .withValidator(EmailAddress::isValid, getTranslation("mail.error.email-invalid"))
                .bind(InvitationForm::getEmail, InvitationForm::setEmail);
        binder.forField(fields.username)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        value -> value.trim().matches("[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}"),
                        getTranslation("users.error.username-invalid"))
                .bind(InvitationForm::getUsername, InvitationForm::setUsername);
        binder.forField(fields.language)
                .asRequired(getTranslation("mail.invite.language.required"))
                .bind(InvitationForm::getLanguage, InvitationForm::setLanguage);
        binder.forField(fields.roles)
                .withValidator(roles -> roles.contains(Role.PARTNER), getTranslation("users.error.no-role"))
                .bind(InvitationForm::getRoles, InvitationForm::setRoles);
        fields.languages.bind(binder, fields.roles, InvitationForm::getLanguages, InvitationForm::setLanguages);
        binder.readBean(new InvitationForm());
        fields.proposeUsernames(invitations);
    }

    @Override
    protected void apply(InvitationForm form) {
        InvitationService.Invited invited = invitations.invite(form.toRequest());
        MailReportNotice.show(invited.mail(), form.getEmail().strip());
    }

    /** The dialog's fields, made before the dialog so that the dialog can lay them out. */
    private static final class Fields {
        final TextField displayName = new TextField();
        final EmailField email = new EmailField();
        final TextField username = new TextField();
        final RadioButtonGroup<String> language = new RadioButtonGroup<>();
        final RoleSelect roles = new RoleSelect(EnumSet.of(Role.PARTNER, Role.TRANSLATOR));
        final TranslationLanguageSelect languages;
        /** The username the dialog proposed last; the administrator's own entry is never overwritten. */
        private String proposed = "";

        Fields(List<Locale> supported, Set<String> translatable) {
            languages = new TranslationLanguageSelect(translatable);
            displayName.setLabel(email.getTranslation("users.field.display-name"));
            displayName.setMaxLength(200);
            displayName.setRequiredIndicatorVisible(true);
            email.setLabel(email.getTranslation("mail.field.email"));
            email.setMaxLength(EmailAddress.MAX_LENGTH);
            email.setRequiredIndicatorVisible(true);
            email.setValueChangeMode(ValueChangeMode.LAZY);
            email.setI18n(new EmailField.EmailFieldI18n()
                    .setRequiredErrorMessage(email.getTranslation("validation.required"))
                    .setPatternErrorMessage(email.getTranslation("mail.error.email-invalid")));
            username.setLabel(email.getTranslation("users.field.username"));
            username.setHelperText(email.getTranslation("mail.invite.username.hint"));
            username.setMaxLength(64);
            username.setRequiredIndicatorVisible(true);
            language.setLabel(email.getTranslation("mail.invite.language"));
            language.setHelperText(email.getTranslation("mail.invite.language.hint"));
            language.setItems(supported.stream().map(Locale::getLanguage).toList());
            language.setItemLabelGenerator(tag -> email.getTranslation(Locale.forLanguageTag(tag), "language.native"));
            language.setRequiredIndicatorVisible(true);
            language.setI18n(new RadioButtonGroup.RadioButtonGroupI18n()
                    .setRequiredErrorMessage(email.getTranslation("mail.invite.language.required")));
            roles.setItemEnabledProvider(role -> role != Role.PARTNER);
            roles.setHelperText(email.getTranslation("mail.invite.roles.hint"));
        }

        void proposeUsernames(InvitationService invitations) {
            email.addValueChangeListener(change -> {
                if (!change.getValue().contains("@")
                        || !(username.isEmpty() || username.getValue().equals(proposed))) {
                    return;
                }
                invitations.suggestUsername(change.getValue()).ifPresent(suggestion -> {
                    proposed = suggestion;
                    username.setValue(suggestion);
                });
            });
        }
    }
}
