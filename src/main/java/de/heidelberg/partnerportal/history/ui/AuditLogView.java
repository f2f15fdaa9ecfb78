package de.heidelberg.partnerportal.history.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.history.ContentHistory;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** For administrators: the newest saves of all content, who and when, each linked to its editor. */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.audit", order = 96, icon = "vaadin:time-backward")
public class AuditLogView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    static final int SHOWN = 500;

    public AuditLogView(ContentHistory history) {
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
        add(new H1(getTranslation("nav.audit")), new Paragraph(getTranslation("audit.hint", SHOWN)), grid);
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
