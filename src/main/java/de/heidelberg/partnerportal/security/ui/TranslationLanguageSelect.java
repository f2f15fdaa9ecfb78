package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.security.Role;
import java.util.Set;

/** The languages a translator translates into; shown only while the translator role is chosen, and then required. */
class TranslationLanguageSelect extends CheckboxGroup<String> {

    TranslationLanguageSelect(Set<String> translatable) {
        setLabel(getTranslation("users.field.translation-languages"));
        setItems(translatable);
        setItemLabelGenerator(tag -> SupportedLanguages.displayName(tag, getLocale()));
        setRequiredIndicatorVisible(true);
        setVisible(false);
    }

    /** Binds this to the form and follows the role choice. */
    <T> void bind(
            Binder<T> binder, RoleSelect roles, ValueProvider<T, Set<String>> getter, Setter<T, Set<String>> setter) {
        roles.addValueChangeListener(change -> setVisible(change.getValue().contains(Role.TRANSLATOR)));
        binder.forField(this)
                .withValidator(
                        chosen -> !roles.getValue().contains(Role.TRANSLATOR) || !chosen.isEmpty(),
                        getTranslation("users.error.translator-languages"))
                .bind(getter, setter);
    }
}
