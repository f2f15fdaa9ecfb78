package de.heidelberg.partnerportal.news;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.news.ui.NewsItemView;
import de.heidelberg.partnerportal.news.ui.NewsView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The news pages: filters in the address, dates per language, and the marked German fallback. */
@PortalTest
class NewsViewsTest extends SpringBrowserlessTest {

    @Autowired
    NewsService news;

    @Autowired
    NewsRepository repository;

    /** The other tests share this database and expect the seed content only. */
    @AfterEach
    void removeTheUntranslatedItem() {
        repository.findBySlug("nur-deutsch").ifPresent(repository::delete);
    }

    @Test
    @WithUserDetails("staff")
    void aChosenFilterGoesIntoTheAddressAndOneNamingNothingShowsAll() {
        navigateWithLanguage("news", "de", NewsView.class);
        int all = items((NewsView) getCurrentView());
        Select<Integer> year = select("Jahr");
        year.setValue(2021);
        assertThat(address()).isEqualTo(Map.of("year", List.of("2021")));

        Select<ContentLink> city = select("Stadt");
        city.setValue(city.getListDataView()
                .getItems()
                .filter(link -> link.slug().equals("montpellier"))
                .findFirst()
                .orElseThrow());
        assertThat(address()).isEqualTo(Map.of("city", List.of("montpellier"), "year", List.of("2021")));
        assertThat(items((NewsView) getCurrentView())).isEqualTo(3);

        // an old bookmark or a typo: the filters stay at "all", nothing is hidden
        UI.getCurrent().navigate("news", QueryParameters.simple(Map.of("city", "atlantis", "year", "zwanzig")));
        assertThat(select("Stadt").getValue()).isNull();
        assertThat(select("Jahr").getValue()).isNull();
        assertThat(items((NewsView) getCurrentView())).isEqualTo(all);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return $(Select.class).withLabel(label).single();
    }

    private static Map<String, List<String>> address() {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getParameters();
    }

    @Test
    @WithUserDetails("staff")
    void filtersByCityAndYearFromTheAddress() {
        UI.getCurrent().navigate("news", QueryParameters.simple(Map.of("city", "montpellier", "year", "2021")));
        NewsView page = (NewsView) getCurrentView();
        assertThat(items(page)).isEqualTo(3);

        UI.getCurrent().navigate("news", QueryParameters.simple(Map.of("year", "2025")));
        assertThat(items((NewsView) getCurrentView())).isEqualTo(4);
    }

    @Test
    @WithUserDetails("partner")
    void aNewsItemIsDatedInTheReadersLanguage() {
        NewsItemView page = navigateWithLanguage("news/jelenia-gora-goldenes-buch", "en", NewsItemView.class);
        assertThat(page.getElement().getTextRecursively()).contains("4 December 2025", "Jelenia Góra");
        navigateWithLanguage("news/jelenia-gora-goldenes-buch", "fr", NewsItemView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("4 décembre 2025");
    }

    @Test
    @WithUserDetails("editor")
    void aMissingFrenchTranslationShowsTheGermanTextMarkedAndInGerman() {
        news.create(new NewNews(
                "nur-deutsch",
                LocalDate.of(2026, 11, 20),
                2026,
                Map.of("de", "Nur auf Deutsch", "en", "Only in German... not really"),
                Map.of("de", "Kurztext"),
                Map.of("de", "Der ganze Text."),
                null,
                null,
                Set.of(),
                Set.of(),
                true));

        NewsItemView page = navigateWithLanguage("news/nur-deutsch", "fr", NewsItemView.class);
        H1 title = $(H1.class, page).single();
        assertThat(title.getText()).isEqualTo("Nur auf Deutsch");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("de");
        assertThat(title.getClassNames()).contains("fallback");
        assertThat(page.getElement().getTextRecursively())
                .contains("Ce texte n'est pas encore disponible dans votre langue");

        NewsItemView english = navigateWithLanguage("news/nur-deutsch", "en", NewsItemView.class);
        assertThat($(H1.class, english).single().getElement().getAttribute("lang"))
                .isNull();
    }

    @SuppressWarnings("unchecked")
    private int items(NewsView page) {
        VirtualList<NewsSummary> list = $(VirtualList.class, page).single();
        return list.getDataProvider().size(new Query<>());
    }
}
