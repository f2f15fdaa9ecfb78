package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.city.ui.PartnerCityView;
import de.heidelberg.partnerportal.home.StartView;
import de.heidelberg.partnerportal.search.ui.SearchView;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The search page and the header's suggestions, without a browser. */
@PortalTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("staff")
    void showsHighlightedResultsWithFacets() {
        SearchView page = open(Map.of("q", "Partnerschaft", "lang", "de"));
        String text = page.getElement().getTextRecursively();
        assertThat(text).contains("Treffer für „Partnerschaft“", "Meldung", "Partnerstadt");
        assertThat($(Div.class, page).withClassName("search-hit").all()).isNotEmpty();
        assertThat(page.getElement().getOuterHTML()).contains("<mark>");
        assertThat($(Anchor.class, page).all())
                .extracting(Anchor::getText)
                .anyMatch(label -> label.startsWith("Meldung ("));
    }

    @Test
    @WithUserDetails("partner")
    void hitsForASimilarSpellingSaySo() {
        SearchView page = open(Map.of("q", "Kumamto", "lang", "fr"));
        assertThat(page.getElement().getTextRecursively())
                .contains("1 résultat pour « Kumamto » (orthographe proche)", "Kumamoto");
        assertThat(page.getElement().getOuterHTML()).contains("<mark>Kumamoto</mark>");

        open(Map.of("q", "Kumamoto", "lang", "fr"));
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("orthographe proche");
    }

    @Test
    @WithUserDetails("partner")
    void theTypeFilterComesFromTheAddress() {
        SearchView page = open(Map.of("q", "Montpellier", "type", "news", "lang", "fr"));
        assertThat($(Div.class, page).withClassName("search-hit").all())
                .allSatisfy(
                        hit -> assertThat(hit.getElement().getTextRecursively()).startsWith("Actualité"));
    }

    @Test
    @WithUserDetails("staff")
    void nothingFoundOffersSuggestionsAndBadInputIsExplained() {
        SearchView page = open(Map.of("q", "Kumaxyz", "lang", "en"));
        assertThat(page.getElement().getTextRecursively())
                .contains("No results for “Kumaxyz”", "Did you mean:", "Kumamoto");

        open(Map.of("q", "***", "lang", "en"));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("contains no letters or digits");
    }

    @Test
    @WithUserDetails("staff")
    void aQueryOfTooManyWordsIsExplainedOnThePage() {
        open(Map.of("q", String.join(" ", Collections.nCopies(40, "heidelberg~")), "lang", "fr"));
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Veuillez chercher avec 20 mots au plus.");
    }

    @Test
    @WithUserDetails("staff")
    @SuppressWarnings("unchecked")
    void theHeaderSuggestsTitlesAndOpensTheChosenPage() {
        navigate(StartView.class);
        ComboBox<SearchHit> field =
                $(ComboBox.class).withClassName("header-search").single();
        var tester = test(field);
        tester.setFilter("Kumam");
        assertThat(tester.getSuggestions()).contains("Kumamoto");

        tester.selectItem("Kumamoto");
        assertThat(getCurrentView()).isInstanceOf(PartnerCityView.class);
    }

    private SearchView open(Map<String, String> parameters) {
        UI.getCurrent().navigate("search", QueryParameters.simple(parameters));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return (SearchView) getCurrentView();
    }
}
