package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import de.heidelberg.partnerportal.security.UserAdministrationException;

/**
 * A dialog with a form, Save and Cancel. A refused save keeps the dialog open with everything typed
 * and says why, in the reader's language.
 */
abstract class FormDialog<T> extends Dialog {

    protected final Binder<T> binder;
    private final T bean;
    private final Paragraph error = new Paragraph();
    private final Runnable onSaved;

    FormDialog(String title, Binder<T> binder, T bean, Runnable onSaved, Component... fields) {
        this.binder = binder;
        this.bean = bean;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(32rem, 100vw)");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    /** Carries out the change the form describes. */
    protected abstract void apply(T bean);

    void save() {
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        try {
            apply(bean);
            close();
            onSaved.run();
        } catch (UserAdministrationException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.parameters()));
            error.setVisible(true);
        }
    }
}
