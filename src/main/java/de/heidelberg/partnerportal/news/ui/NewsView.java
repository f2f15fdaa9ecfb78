package de.heidelberg.partnerportal.news.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.news.NewsFilter;
import de.heidelberg.partnerportal.news.NewsList;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.news.NewsSummary;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All news, newest first, loaded as the reader scrolls; filters by city and year live in the
 * address ({@code /news?city=montpellier&year=2021}), so a filtered list can be bookmarked.
 */
@Route("news")
@RolesAllowed({"STAFF", "PARTNER"})
@Menu(title = "nav.news", order = 40, icon = "vaadin:newspaper")
public class NewsView extends ContentPage implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final NewsService news;
    private final Reader reader;
    private final List<ContentLink> cities;
    private final Select<ContentLink> city = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final VirtualList<NewsSummary> list = new VirtualList<>();
    private final Paragraph empty = new Paragraph();
    private boolean updatingFromAddress;

    public NewsView(NewsService news, ContentLinks links, Readers readers) {
        super(ContentType.NEWS, "nav.news");
        this.news = news;
        this.reader = readers.current(getLocale());
        this.cities = links.all(ContentType.PARTNER_CITY, reader);

        city.setLabel(getTranslation("news.filter.city"));
        city.setEmptySelectionAllowed(true);
        city.setEmptySelectionCaption(getTranslation("news.filter.all-cities"));
        city.setItems(cities);
        city.setItemLabelGenerator(c ->
                c == null ? getTranslation("news.filter.all-cities") : c.title().text());

        year.setLabel(getTranslation("news.filter.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("news.filter.all-years"));
        year.setItems(news.years(reader));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("news.filter.all-years") : String.valueOf(y));

        city.addValueChangeListener(change -> filterChanged());
        year.addValueChangeListener(change -> filterChanged());

        HorizontalLayout filters = new HorizontalLayout(city, year);
        filters.addClassName("filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        list.setRenderer(new ComponentRenderer<>(item -> NewsList.teaser(item, true)));
        list.addClassName("news-virtual-list");
        empty.setText(getTranslation("news.none"));
        empty.addClassName("empty-state");

        add(new H1(getTranslation("nav.news")));
        addEditAction(EditChecks.NEW, "news.new");
        add(filters, empty, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        updatingFromAddress = true;
        city.setValue(query.getSingleParameter("city")
                .flatMap(slug ->
                        cities.stream().filter(c -> c.slug().equals(slug)).findFirst())
                .orElse(null));
        year.setValue(
                query.getSingleParameter("year").flatMap(NewsView::parseYear).orElse(null));
        updatingFromAddress = false;
        show(filter());
    }

    private void filterChanged() {
        if (updatingFromAddress) {
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        if (city.getValue() != null) {
            parameters.put("city", city.getValue().slug());
        }
        if (year.getValue() != null) {
            parameters.put("year", String.valueOf(year.getValue()));
        }
        getUI().ifPresent(ui -> ui.navigate(NewsView.class, QueryParameters.simple(parameters)));
    }

    private NewsFilter filter() {
        return new NewsFilter(city.getValue() == null ? null : city.getValue().id(), null, year.getValue());
    }

    private void show(NewsFilter filter) {
        long total = news.count(filter, reader);
        empty.setVisible(total == 0);
        list.setVisible(total > 0);
        DataProvider<NewsSummary, Void> items = new CallbackDataProvider<>(
                query -> news.find(filter, reader, query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, news.count(filter, reader)));
        list.setDataProvider(items);
    }

    private static Optional<Integer> parseYear(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException notAYear) {
            return Optional.empty();
        }
    }
}
