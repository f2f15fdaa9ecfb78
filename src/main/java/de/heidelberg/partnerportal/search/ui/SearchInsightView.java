package de.heidelberg.partnerportal.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.search.InvalidSearchException;
import de.heidelberg.partnerportal.search.SearchInsight;
import de.heidelberg.partnerportal.search.SearchInsight.QueryCount;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * For editors: the most frequent queries and those that found nothing (no user names are kept), and
 * next to them the synonym groups, which take effect at once.
 */
@Route("search/insight")
@RolesAllowed("EDITOR")
@AccessDeniedErrorRouter
@Menu(title = "nav.search-insight", order = 80, icon = "vaadin:chart")
public class SearchInsightView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    static final int ROWS = 25;

    private final SearchInsight insight;
    private final Div synonymList = new Div();

    public SearchInsightView(SearchInsight insight) {
        this.insight = insight;
        addClassNames("page", "search-insight");
        Div columns = new Div(
                new Section(new H2(getTranslation("insight.frequent")), queries(insight.frequent(ROWS))),
                new Section(new H2(getTranslation("insight.without-results")), queries(insight.withoutResults(ROWS))),
                synonymsSection());
        columns.addClassName("insight-columns");
        add(new H1(getTranslation("nav.search-insight")), new Paragraph(getTranslation("insight.privacy")), columns);
    }

    private Grid<QueryCount> queries(List<QueryCount> rows) {
        Grid<QueryCount> grid = new Grid<>();
        grid.addColumn(QueryCount::query)
                .setHeader(getTranslation("insight.query"))
                .setFlexGrow(1);
        grid.addColumn(QueryCount::searches)
                .setHeader(getTranslation("insight.searches"))
                .setAutoWidth(true);
        grid.addColumn(QueryCount::lastHits)
                .setHeader(getTranslation("insight.hits"))
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("insight.none"));
        return grid;
    }

    private Section synonymsSection() {
        TextField fresh = new TextField();
        fresh.setPlaceholder(getTranslation("insight.synonyms.new"));
        fresh.setAriaLabel(getTranslation("insight.synonyms.new"));
        Button add = new Button(getTranslation("insight.synonyms.add"), click -> save(null, fresh.getValue()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout newRow = new HorizontalLayout(fresh, add);
        newRow.setFlexGrow(1, fresh);
        newRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        refreshSynonyms();
        return new Section(
                new H2(getTranslation("insight.synonyms")),
                new Paragraph(getTranslation("insight.synonyms.hint")),
                synonymList,
                newRow);
    }

    private void refreshSynonyms() {
        synonymList.removeAll();
        for (SearchInsight.Synonyms group : insight.synonyms()) {
            TextField terms = new TextField();
            terms.setValue(group.terms());
            terms.setAriaLabel(getTranslation("insight.synonyms"));
            terms.setMaxLength(1000);
            Button save = new Button(getTranslation("action.save"), click -> save(group.id(), terms.getValue()));
            Button delete = new Button(getTranslation("insight.synonyms.delete"), click -> {
                insight.deleteSynonyms(group.id());
                refreshSynonyms();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(terms, save, delete);
            row.setFlexGrow(1, terms);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            synonymList.add(row);
        }
    }

    private void save(@Nullable Long id, String terms) {
        try {
            insight.saveSynonyms(id, terms);
            Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshSynonyms();
        } catch (InvalidSearchException invalid) {
            Notification.show(getTranslation(invalid.getMessage()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search-insight") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.search-insight"), null));
    }
}
