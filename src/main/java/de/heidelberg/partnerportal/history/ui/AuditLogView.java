package de.heidelberg.partnerportal.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.history.ContentHistory;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.SecurityAudit;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * For administrators: the newest saves of all content, who and when, each linked to its editor; and in a
 * second tab ({@code ?tab=security}) the security events (sign-in locks and unlocks, account events).
 */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.audit", order = 96, icon = "vaadin:time-backward")
public class AuditLogView extends Main implements HasDynamicTitle, HasBreadcrumbs, BeforeEnterObserver {

    static final int SHOWN = 500;
    /** {@code ?tab=security} opens the tab of sign-in and account events. */
    static final String TAB = "tab";

    static final String SECURITY_TAB = "security";

    private final TabSheet tabs = new TabSheet();
    private final Tab securityTab;

    public AuditLogView(ContentHistory history, SecurityAudit securityAudit) {
        addClassNames("page", "audit-log");
        Grid<ContentHistory.Revision> grid = new Grid<>();
        grid.addColumn(revision -> LocalizedFormats.dateTime(revision.changedAt(), this))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(ContentHistory.Revision::changedBy)
                .setHeader(getTranslation("audit.who"))
                .setAutoWidth(true);
        grid.addColumn(revision ->
                        getTranslation("audit.action." + revision.action().name()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(revision ->
                        getTranslation("index.type." + revision.type().name()))
                .setHeader(getTranslation("audit.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(revision -> new Anchor(revision.type().editPath(revision.slug()), revision.slug()))
                .setHeader(getTranslation("audit.item"))
                .setFlexGrow(1);
        grid.setItems(history.latest(SHOWN));
        grid.addClassName("audit-grid");

        tabs.add(
                getTranslation("security-audit.tab.content"),
                new Div(new Paragraph(getTranslation("audit.hint", SHOWN)), grid));
        securityTab = tabs.add(getTranslation("security-audit.tab.security"), securityEvents(securityAudit));
        tabs.setWidthFull();
        add(new H1(getTranslation("nav.audit")), tabs);
    }

    private Component securityEvents(SecurityAudit audit) {
        Grid<SecurityAudit.Entry> grid = new Grid<>();
        grid.addColumn(entry -> LocalizedFormats.dateTime(entry.at(), this))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.actor() == null ? getTranslation("security-audit.portal") : entry.actor())
                .setHeader(getTranslation("audit.who"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(entry.action().labelKey()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(SecurityAudit.Entry::subject)
                .setHeader(getTranslation("security-audit.subject"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.address() == null ? "" : entry.address())
                .setHeader(getTranslation("security-audit.address"))
                .setAutoWidth(true);
        grid.addColumn(this::detail)
                .setHeader(getTranslation("security-audit.detail"))
                .setFlexGrow(1);
        grid.setItems(audit.latest(SHOWN));
        grid.setEmptyStateText(getTranslation("security-audit.none"));
        grid.addClassName("security-audit-grid");
        return new Div(new Paragraph(getTranslation("security-audit.hint", SHOWN)), grid);
    }

    /** The action's sentence with its details; moments in the reader's time format. */
    private String detail(SecurityAudit.Entry entry) {
        List<String> names = entry.action().details();
        List<String> values = entry.orderedDetails();
        Object[] shown = new Object[names.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = SecurityAudit.UNTIL.equals(names.get(i)) ? moment(values.get(i)) : values.get(i);
        }
        return getTranslation(entry.action().detailKey(), shown);
    }

    private String moment(String written) {
        try {
            return LocalizedFormats.dateTime(Instant.parse(written), this);
        } catch (DateTimeParseException notAMoment) {
            return written;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation()
                .getQueryParameters()
                .getSingleParameter(TAB)
                .filter(SECURITY_TAB::equals)
                .isPresent()) {
            tabs.setSelectedTab(securityTab);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.audit"), null));
    }
}
