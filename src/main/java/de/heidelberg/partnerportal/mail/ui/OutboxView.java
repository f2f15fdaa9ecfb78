package de.heidelberg.partnerportal.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.mail.MailOutbox;
import de.heidelberg.partnerportal.mail.OutboxEntry;
import de.heidelberg.partnerportal.security.MailReport;
import de.heidelberg.partnerportal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The outbox: every mail the portal sent, failed to send or (in demo mode) kept, newest first; the chosen
 * one is shown below the list with its links clickable, so that whoever tries the demo can follow an
 * invitation. ADMIN only.
 */
@Route("admin/outbox")
@RolesAllowed(Role.Names.ADMIN)
@AccessDeniedErrorRouter
@Menu(title = "mail.outbox.title", order = 93, icon = "vaadin:envelopes")
public class OutboxView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final MailOutbox outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Div reader = new Div();

    public OutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        addClassName("page");
        Paragraph intro =
                new Paragraph(getTranslation(outbox.sends() ? "mail.outbox.intro.sent" : "mail.outbox.intro.kept"));
        Span count = new Span(getTranslation("mail.outbox.count", outbox.count()));
        count.addClassName("outbox-count");
        configureGrid();
        reader.addClassName("outbox-reader");
        reader.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("mail.outbox.title")), intro, count, grid, reader);
        outbox.newestFirst(0, 1).stream().findFirst().ifPresentOrElse(grid::select, () -> show(null));
    }

    private void configureGrid() {
        grid.addColumn(mail -> LocalizedFormats.dateTime(mail.createdAt(), this))
                .setHeader(getTranslation("mail.outbox.field.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient)
                .setHeader(getTranslation("mail.outbox.field.recipient"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject)
                .setHeader(getTranslation("mail.outbox.field.subject"))
                .setFlexGrow(1);
        grid.addColumn(mail -> SupportedLanguages.displayName(mail.language(), getLocale()))
                .setHeader(getTranslation("mail.outbox.field.language"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::stateBadge)
                .setHeader(getTranslation("mail.outbox.field.state"))
                .setAutoWidth(true);
        grid.setItems(query -> outbox.newestFirst(query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, outbox.count()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("mail.outbox.none"));
        grid.setHeight("min(24rem, 45vh)");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
    }

    private Component stateBadge(OutboxEntry mail) {
        Badge badge = new Badge(getTranslation(mail.state().labelKey()));
        badge.addClassName(
                switch (mail.state()) {
                    case SENT -> "badge-success";
                    case FAILED -> "badge-error";
                    case KEPT -> "badge-muted";
                });
        if (mail.failure() != null) {
            badge.getElement().setAttribute("title", mail.failure());
        }
        return badge;
    }

    /** The chosen mail, as its recipient reads it, with its links clickable. */
    private void show(@Nullable OutboxEntry mail) {
        reader.removeAll();
        if (mail == null) {
            return;
        }
        Div head = new Div(
                line("mail.outbox.field.recipient", mail.recipient()),
                line("mail.outbox.field.time", LocalizedFormats.dateTime(mail.createdAt(), this)),
                line("mail.outbox.field.state", stateText(mail)));
        head.addClassName("outbox-head");
        Div body = new Div();
        body.addClassName("outbox-body");
        body.getElement().setAttribute("lang", mail.language());
        Matcher links = LINK.matcher(mail.text());
        int shown = 0;
        while (links.find()) {
            body.add(new Text(mail.text().substring(shown, links.start())));
            Anchor link = new Anchor(links.group(), links.group(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            body.add(link);
            shown = links.end();
        }
        body.add(new Text(mail.text().substring(shown)));
        H2 subject = new H2(mail.subject());
        subject.getElement().setAttribute("lang", mail.language());
        reader.add(subject, head, body);
    }

    private String stateText(OutboxEntry mail) {
        String state = getTranslation(mail.state().labelKey());
        return mail.state() == MailReport.State.FAILED && mail.failure() != null
                ? getTranslation("mail.outbox.failed-because", state, mail.failure())
                : state;
    }

    private static Paragraph line(String labelKey, String value) {
        Span label = new Span();
        label.addClassName("outbox-label");
        Paragraph line = new Paragraph(label, new Text(value));
        label.setText(line.getTranslation(labelKey) + ": ");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("mail.outbox.title"), null));
    }
}
