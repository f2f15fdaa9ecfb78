package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Creates an API token with a name, a role (city staff or partner city) and an expiry of 30, 90 or 365 days
 * or a chosen day, at most {@link ApiTokenService#MAX_DAYS} days ahead; then shows the token once.
 */
class NewTokenDialog extends FormDialog<NewTokenForm> {

    private final ApiTokenService tokens;

    NewTokenDialog(ApiTokenService tokens, Runnable onSaved) {
        this(tokens, new Fields(tokens), onSaved);
    }

    private NewTokenDialog(ApiTokenService tokens, Fields fields, Runnable onSaved) {
        super(
                fields.name.getTranslation("tokens.new.title"),
                new Binder<>(),
                new NewTokenForm(),
                onSaved,
                fields.name,
                fields.role,
                fields.expiry,
                fields.chosenDate);
        this.tokens = tokens;
        fields.chosenDate.setLocale(getLocale());
        binder.forField(fields.name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        value -> value.strip().length() <= NewApiToken.NAME_MAX,
                        getTranslation("tokens.error.name", NewApiToken.NAME_MAX))
                .bind(NewTokenForm::getName, NewTokenForm::setName);
        binder.forField(fields.role)
                .asRequired(getTranslation("tokens.error.role"))
                .bind(NewTokenForm::getRole, NewTokenForm::setRole);
        binder.forField(fields.expiry)
                .asRequired(getTranslation("tokens.error.expiry", ApiTokenService.MAX_DAYS))
                .bind(NewTokenForm::getExpiry, NewTokenForm::setExpiry);
        binder.forField(fields.chosenDate)
                .withValidator(
                        date -> fields.expiry.getValue() != NewTokenForm.Expiry.CHOSEN_DATE || isAllowed(date),
                        getTranslation("tokens.error.expiry", ApiTokenService.MAX_DAYS))
                .bind(NewTokenForm::getChosenDate, NewTokenForm::setChosenDate);
        fields.expiry.addValueChangeListener(change -> {
            boolean chosen = change.getValue() == NewTokenForm.Expiry.CHOSEN_DATE;
            fields.chosenDate.setVisible(chosen);
            fields.chosenDate.setRequiredIndicatorVisible(chosen);
        });
        binder.readBean(new NewTokenForm());
    }

    private boolean isAllowed(@Nullable LocalDate date) {
        return date != null && date.isAfter(tokens.today()) && !date.isAfter(tokens.latestExpiry());
    }

    @Override
    protected void apply(NewTokenForm form) {
        new TokenCreatedDialog(tokens.create(form.toRequest(tokens.today()))).open();
    }

    /** The dialog's fields, made before the dialog so that the dialog can lay them out. */
    private static final class Fields {
        final TextField name = new TextField();
        final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
        final RadioButtonGroup<NewTokenForm.Expiry> expiry = new RadioButtonGroup<>();
        final DatePicker chosenDate = new DatePicker();

        Fields(ApiTokenService tokens) {
            name.setLabel(name.getTranslation("tokens.field.name"));
            name.setHelperText(name.getTranslation("tokens.field.name.hint"));
            name.setMaxLength(NewApiToken.NAME_MAX);
            name.setRequiredIndicatorVisible(true);

            role.setLabel(name.getTranslation("tokens.field.role"));
            role.setItems(ApiTokenService.ROLES);
            // an administrator's token serves the backup only: its hint says so, not what the person's role may do
            role.setItemLabelGenerator(role -> name.getTranslation(role.labelKey()) + " – "
                    + name.getTranslation(role == Role.ADMIN ? "tokens.role.ADMIN.hint" : role.labelKey() + ".hint"));
            role.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            role.setRequiredIndicatorVisible(true);

            expiry.setLabel(name.getTranslation("tokens.field.expiry"));
            expiry.setItems(NewTokenForm.Expiry.values());
            expiry.setItemLabelGenerator(choice -> choice == NewTokenForm.Expiry.CHOSEN_DATE
                    ? name.getTranslation("tokens.expiry.chosen-date")
                    : name.getTranslation("tokens.expiry.days", choice.days));
            expiry.setRequiredIndicatorVisible(true);

            String outOfRange = name.getTranslation("tokens.error.expiry", ApiTokenService.MAX_DAYS);
            chosenDate.setLabel(name.getTranslation("tokens.field.expires-on"));
            chosenDate.setHelperText(name.getTranslation("tokens.field.expires-on.hint"));
            chosenDate.setMin(tokens.today().plusDays(1));
            chosenDate.setMax(tokens.latestExpiry());
            chosenDate.setI18n(new DatePicker.DatePickerI18n()
                    .setMinErrorMessage(outOfRange)
                    .setMaxErrorMessage(outOfRange)
                    .setBadInputErrorMessage(outOfRange)
                    .setRequiredErrorMessage(outOfRange));
            chosenDate.setVisible(false);
        }
    }
}
