package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.security.CreatedApiToken;

/**
 * Shows a new token, the only time anyone sees it: the portal keeps its hash only. A copy button, a clear
 * warning, and no closing by a stray click beside the dialog.
 */
class TokenCreatedDialog extends Dialog {

    private final TextField token = new TextField();

    TokenCreatedDialog(CreatedApiToken created) {
        setHeaderTitle(getTranslation("tokens.created.title", created.summary().name()));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setWidth("min(40rem, 100vw)");

        Paragraph once = new Paragraph(getTranslation("tokens.created.once"));
        once.addClassName("token-once");
        once.getElement().setAttribute("role", "alert");

        token.setLabel(getTranslation("tokens.created.token"));
        token.setValue(created.token());
        token.setReadOnly(true);
        token.addClassName("token-value");
        Button copy = new Button(getTranslation("tokens.copy"), VaadinIcon.COPY.create(), click -> copy());
        HorizontalLayout row = new HorizontalLayout(token, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, token);
        row.setWidthFull();

        add(once, row, new Paragraph(getTranslation("tokens.created.usage")));

        Button done = new Button(getTranslation("tokens.created.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    /**
     * Copies with the browser's clipboard, which works on https and localhost; where the browser refuses,
     * the token is selected so that Ctrl+C copies it.
     */
    private void copy() {
        token.getElement()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", token.getValue())
                .then(Boolean.class, copied -> copied(Boolean.TRUE.equals(copied)), failure -> copied(false));
    }

    private void copied(boolean copied) {
        if (copied) {
            Notification.show(getTranslation("tokens.copied"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            token.focus();
            token.getElement().executeJs("this.inputElement.select()");
            Notification.show(getTranslation("tokens.copy-failed"), 6000, Notification.Position.MIDDLE);
        }
    }
}
