package de.heidelberg.partnerportal.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.shared.Registration;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.search.SearchIndexAdmin;
import de.heidelberg.partnerportal.search.SearchIndexCheck;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * For administrators: the search index's size and state, a rebuild with its progress, and the check that compares
 * the index with the database and repairs what differs, with its last result.
 */
@Route("admin/search")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
@Menu(title = "nav.search-admin", order = 95, icon = "vaadin:database")
public class SearchAdminView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    static final int POLL_MILLIS = 500;

    private final SearchIndexAdmin admin;
    private final DescriptionList facts = new DescriptionList();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph state = new Paragraph();
    private final Button rebuild = new Button();
    private final SearchIndexCheck check;
    private final Paragraph lastCheck = new Paragraph();
    private final Button checkAndRepair = new Button();
    private @Nullable Registration polling;

    public SearchAdminView(SearchIndexAdmin admin, SearchIndexCheck check) {
        this.admin = admin;
        this.check = check;
        addClassNames("page", "search-admin");
        facts.addClassName("facts");
        rebuild.setText(getTranslation("index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> {
            admin.rebuild();
            refresh();
        });
        progress.setVisible(false);
        lastCheck.addClassName("index-check-result");
        checkAndRepair.setText(getTranslation("index.check"));
        checkAndRepair.addClassName("index-check");
        checkAndRepair.addClickListener(click -> {
            if (!check.checkAndRepair()) {
                Notification.show(getTranslation("index.check.busy"));
            }
            refresh();
        });
        add(
                new H1(getTranslation("nav.search-admin")),
                facts,
                state,
                progress,
                rebuild,
                new Paragraph(getTranslation("index.rebuild.hint")),
                new H2(getTranslation("index.check.title")),
                lastCheck,
                checkAndRepair,
                new Paragraph(getTranslation("index.check.hint")));
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void refresh() {
        SearchIndexAdmin.IndexStatus status = admin.status();
        facts.removeAll();
        facts.add(
                new DescriptionList.Term(getTranslation("index.documents")),
                new DescriptionList.Description(new Span(String.valueOf(status.documents()))));
        facts.add(
                new DescriptionList.Term(getTranslation("index.stored")),
                new DescriptionList.Description(new Span(String.valueOf(status.stored()))));
        status.documentsByType()
                .forEach((type, count) -> facts.add(
                        new DescriptionList.Term(getTranslation("index.type." + type)),
                        new DescriptionList.Description(new Span(String.valueOf(count)))));
        SearchIndexCheck.Status checked = check.status();
        rebuild.setEnabled(!status.rebuilding() && !checked.running());
        checkAndRepair.setEnabled(!status.rebuilding() && !checked.running());
        lastCheck.setText(describe(checked));
        progress.setVisible(status.rebuilding());
        if (status.rebuilding()) {
            progress.setValue(
                    status.toRebuild() == 0 ? 0 : Math.min(1, (double) status.rebuilt() / status.toRebuild()));
            state.setText(getTranslation("index.state.rebuilding", status.rebuilt(), status.toRebuild()));
        } else {
            state.setText(getTranslation(
                    status.documents() >= status.stored() ? "index.state.ready" : "index.state.incomplete"));
        }
    }

    private String describe(SearchIndexCheck.Status checked) {
        SearchIndexCheck.Result last = checked.last();
        if (checked.running()) {
            return getTranslation("index.check.running");
        }
        if (last == null) {
            return getTranslation("index.check.never");
        }
        String when = LocalizedFormats.dateTime(last.checkedAt(), this);
        if (last.failed()) {
            return getTranslation("index.check.failed", when);
        }
        return getTranslation(
                "index.check.result",
                when,
                last.compared(),
                last.documents(),
                last.repaired(),
                last.missing(),
                last.stale(),
                last.orphaned());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search-admin") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.search-admin"), null));
    }
}
