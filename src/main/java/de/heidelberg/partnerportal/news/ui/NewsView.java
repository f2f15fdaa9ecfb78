package de.heidelberg.partnerportal.news.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
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
import de.heidelberg.partnerportal.ui.page.AddressFilters;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;

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
    private final AddressFilters filters = new AddressFilters(this, NewsView.class);
    private final Select<ContentLink> city;
    private final Select<Integer> year;
    private final VirtualList<NewsSummary> list = new VirtualList<>();
    private final Paragraph empty = new Paragraph();

    public NewsView(NewsService news, ContentLinks links, Readers readers) {
        super(ContentType.NEWS, "nav.news");
        this.news = news;
        this.reader = readers.current(getLocale());
        city = filters.links(
                "city", "news.filter.city", "news.filter.all-cities", links.all(ContentType.PARTNER_CITY, reader));
        year = filters.years("year", "news.filter.year", "news.filter.all-years", news.years(reader));

        list.setRenderer(new ComponentRenderer<>(item -> NewsList.teaser(item, true)));
        list.addClassName("news-virtual-list");
        empty.setText(getTranslation("news.none"));
        empty.addClassName("empty-state");

        add(new H1(getTranslation("nav.news")));
        addEditAction(EditChecks.NEW, "news.new");
        add(filters.layout(), empty, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
        show(filter());
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
}
