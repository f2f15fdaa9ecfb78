package de.heidelberg.partnerportal.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.shared.Registration;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.search.SearchIndexAdmin;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** For administrators: the search index's size and state, and a rebuild with its progress. */
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
    private @Nullable Registration polling;

    public SearchAdminView(SearchIndexAdmin admin) {
        this.admin = admin;
        addClassNames("page", "search-admin");
        facts.addClassName("facts");
        rebuild.setText(getTranslation("index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> {
            admin.rebuild();
            refresh();
        });
        progress.setVisible(false);
        add(
                new H1(getTranslation("nav.search-admin")),
                facts,
                state,
                progress,
                rebuild,
                new Paragraph(getTranslation("index.rebuild.hint")));
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
        rebuild.setEnabled(!status.rebuilding());
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

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search-admin") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.search-admin"), null));
    }
}
