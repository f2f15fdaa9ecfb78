package de.heidelberg.partnerportal.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.search.ContentTypeNames;
import de.heidelberg.partnerportal.search.InvalidSearchException;
import de.heidelberg.partnerportal.search.SearchHit;
import de.heidelberg.partnerportal.search.SearchInsight;
import de.heidelberg.partnerportal.search.SearchPage;
import de.heidelberg.partnerportal.search.SearchService;
import de.heidelberg.partnerportal.search.SearchService.SearchOrder;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * The search page, bookmarkable as {@code /search?q=…&type=…}: highlighted results (loaded in pages),
 * counts per kind, year and country on what the reader may see, help when nothing is found.
 */
@Route("search")
@RolesAllowed({"STAFF", "PARTNER"})
public class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle, HasBreadcrumbs {

    static final int PAGE_SIZE = 20;
    private static final Safelist SNIPPET = Safelist.none().addTags("mark");

    private final SearchService search;
    private final SearchInsight insight;
    private final Reader reader;
    private final TextField query = new TextField();
    private final Div facets = new Div();
    private final Div results = new Div();
    private final Paragraph summary = new Paragraph();
    private final Button more = new Button();
    private final Select<SearchOrder> order = new Select<>();
    private Optional<ContentType> type = Optional.empty();
    private int shown;

    public SearchView(SearchService search, SearchInsight insight, Readers readers) {
        this.search = search;
        this.insight = insight;
        this.reader = readers.current(getLocale());
        addClassNames("page", "search-page");

        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setAriaLabel(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        query.addKeyPressListener(Key.ENTER, enter -> submit());
        Button go = new Button(getTranslation("search.submit"), click -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        order.setItems(SearchOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("search.order." + o.name()));
        order.setAriaLabel(getTranslation("search.order"));
        order.setValue(SearchOrder.RELEVANCE);
        order.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                submit();
            }
        });
        HorizontalLayout bar = new HorizontalLayout(query, order, go);
        bar.setFlexGrow(1, query);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        facets.addClassName("facets");
        results.addClassName("search-results");
        summary.addClassName("search-summary");
        more.setText(getTranslation("search.more"));
        more.addClickListener(click -> showMore());
        more.setVisible(false);
        Div body = new Div(facets, new Div(summary, results, more));
        body.addClassName("search-body");
        add(new H1(getTranslation("search.title")), bar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        query.setValue(parameters.getSingleParameter("q").orElse(""));
        type = parameters.getSingleParameter("type").flatMap(ContentTypeNames::typeOf);
        order.setValue(
                parameters.getSingleParameter("sort").filter("date"::equals).isPresent()
                        ? SearchOrder.DATE
                        : SearchOrder.RELEVANCE);
        run();
    }

    private void submit() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("q", query.getValue());
        type.ifPresent(t -> parameters.put("type", ContentTypeNames.apiName(t)));
        if (order.getValue() == SearchOrder.DATE) {
            parameters.put("sort", "date");
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.simple(parameters)));
    }

    private void run() {
        results.removeAll();
        facets.removeAll();
        more.setVisible(false);
        shown = 0;
        if (query.getValue().isBlank()) {
            summary.setText(getTranslation("search.hint"));
            return;
        }
        try {
            SearchPage page = search.page(query.getValue(), reader, 0, PAGE_SIZE, type, order.getValue());
            insight.record(page.result().query(), page.result().total());
            String count = page.result().total() == 1
                    ? getTranslation("search.count.one", page.result().query())
                    : getTranslation(
                            "search.count", page.result().total(), page.result().query());
            summary.setText(
                    page.similarSpellings() && page.result().total() > 0
                            ? count + " " + getTranslation("search.similar-spellings")
                            : count);
            showFacets(page);
            show(page);
            if (page.result().total() == 0) {
                showNothingFound();
            }
        } catch (InvalidSearchException invalid) {
            summary.setText(getTranslation(invalid.getMessage(), SearchService.messageParameters()));
        }
    }

    private void showMore() {
        try {
            show(search.page(query.getValue(), reader, shown, PAGE_SIZE, type, order.getValue()));
        } catch (InvalidSearchException invalid) {
            summary.setText(getTranslation(invalid.getMessage(), SearchService.messageParameters()));
            more.setVisible(false);
        }
    }

    private void show(SearchPage page) {
        page.result().hits().forEach(hit -> results.add(result(hit)));
        shown += page.result().hits().size();
        more.setVisible(shown < page.result().total());
    }

    private Div result(SearchHit hit) {
        Div item = new Div();
        item.addClassName("search-hit");
        Span kind = new Span(getTranslation("search.type." + hit.type()));
        kind.addClassNames("badge", "badge-muted");
        Anchor title = new Anchor(hit.url(), hit.title());
        H3 heading = new H3(title);
        item.add(kind, heading);
        if (!hit.language().equals(reader.locale().getLanguage())) {
            title.getElement().setAttribute("lang", hit.language());
            Span language = new Span(hit.language().toUpperCase(Locale.ROOT));
            language.addClassName("language-mark");
            language.getElement().setAttribute("title", getTranslation("search.other-language"));
            heading.add(language);
        }
        if (!hit.snippet().isBlank()) {
            Html snippet = new Html("<p class=\"snippet\">" + Jsoup.clean(hit.snippet(), SNIPPET) + "</p>");
            if (!hit.language().equals(reader.locale().getLanguage())) {
                snippet.getElement().setAttribute("lang", hit.language());
            }
            item.add(snippet);
        }
        return item;
    }

    private void showFacets(SearchPage page) {
        if (page.result().total() == 0) {
            return;
        }
        Div kinds = new Div(new H2(getTranslation("search.facet.type")));
        Anchor all = facetLink(
                getTranslation("search.facet.all"),
                page.types().values().stream().mapToLong(Long::longValue).sum(),
                null);
        kinds.add(all);
        page.types().forEach((name, count) -> kinds.add(facetLink(getTranslation("search.type." + name), count, name)));
        facets.add(kinds);
        if (!page.years().isEmpty()) {
            Div years = new Div(new H2(getTranslation("search.facet.year")));
            page.years().entrySet().stream()
                    .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                    .forEach(year -> years.add(new Span(
                            getTranslation("search.facet.entry", String.valueOf(year.getKey()), year.getValue()))));
            facets.add(years);
        }
        if (!page.countries().isEmpty()) {
            Div countries = new Div(new H2(getTranslation("search.facet.country")));
            page.countries()
                    .forEach((code, count) -> countries.add(new Span(getTranslation(
                            "search.facet.entry", Locale.of("", code).getDisplayCountry(reader.locale()), count))));
            facets.add(countries);
        }
    }

    private Anchor facetLink(String label, long count, @Nullable String typeName) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("q", query.getValue());
        if (typeName != null) {
            parameters.put("type", typeName);
        }
        Anchor link = new Anchor(
                "search?" + QueryParameters.simple(parameters).getQueryString(),
                getTranslation("search.facet.entry", label, count));
        boolean current = typeName == null
                ? type.isEmpty()
                : type.map(ContentTypeNames::apiName).filter(typeName::equals).isPresent();
        if (current) {
            link.getElement().setAttribute("aria-current", "true");
        }
        return link;
    }

    /** "Did you mean": titles from the index that start like the first typed word. */
    private void showNothingFound() {
        Div help = new Div(new Paragraph(getTranslation("search.none", query.getValue())));
        help.addClassName("empty-state");
        String first = query.getValue().strip().split("\\s+")[0];
        String start = first.length() > 3 ? first.substring(0, 3) : first;
        List<SearchHit> guesses = search.suggest(start, reader, 3);
        if (!guesses.isEmpty()) {
            Div list = new Div(new Span(getTranslation("search.did-you-mean")));
            list.addClassName("did-you-mean");
            guesses.forEach(guess -> list.add(new Anchor(guess.url(), guess.title())));
            help.add(list);
        }
        results.add(help);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("search.title"), null));
    }
}
