package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.heidelberg.partnerportal.security.MailReport;

/** Tells the administrator what became of an invitation mail: sent, kept in the outbox, or failed and why. */
final class MailReportNotice {

    private static final String OUTBOX = "admin/outbox";

    private MailReportNotice() {}

    static void show(MailReport report, String recipient) {
        UI ui = UI.getCurrent();
        String text = switch (report.state()) {
            case SENT -> ui.getTranslation("mail.invite.sent", recipient);
            case KEPT -> ui.getTranslation("mail.invite.kept", recipient);
            case FAILED -> ui.getTranslation("mail.invite.failed", recipient, String.valueOf(report.failure()));
        };
        Div content = new Div(new Span(text + " "), new Anchor(OUTBOX, ui.getTranslation("mail.outbox.open")));
        Notification notification = new Notification(content);
        notification.setDuration(report.state() == MailReport.State.FAILED ? 15_000 : 8_000);
        notification.setPosition(
                report.state() == MailReport.State.FAILED
                        ? Notification.Position.MIDDLE
                        : Notification.Position.BOTTOM_START);
        notification.addThemeVariants(
                report.state() == MailReport.State.FAILED
                        ? NotificationVariant.LUMO_ERROR
                        : NotificationVariant.LUMO_SUCCESS);
        notification.addClassName("mail-report");
        notification.open();
    }
}
