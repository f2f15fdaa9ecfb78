package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors after a page is open (a button whose action fails, an expired session) reach the reader as
 * translated messages; details only go to the log.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    private final I18NProvider i18n;

    UiErrorHandling(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    private void handle(ErrorEvent error) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? i18n.getProvidedLocales().getFirst() : ui.getLocale();
        String message;
        if (causedBy(error.getThrowable(), AccessDeniedException.class)) {
            log.warn("Refused action: {}", error.getThrowable().getMessage());
            message = i18n.getTranslation("error.action-denied", locale);
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Incident {}", incident, error.getThrowable());
            message = i18n.getTranslation("error.internal.text", locale, incident);
        }
        if (ui != null) {
            Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private CustomizedSystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(i18n.getTranslation("system.session-expired.caption", locale));
        messages.setSessionExpiredMessage(i18n.getTranslation("system.session-expired.message", locale));
        messages.setInternalErrorCaption(i18n.getTranslation("system.internal-error.caption", locale));
        messages.setInternalErrorMessage(i18n.getTranslation("system.internal-error.message", locale));
        messages.setCookiesDisabledCaption(i18n.getTranslation("system.cookies.caption", locale));
        messages.setCookiesDisabledMessage(i18n.getTranslation("system.cookies.message", locale));
        return messages;
    }
}
