package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.OpenSearchRunning;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Readers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The search examples against the real index of the demo content, on both backends with the same
 * analyzers: the embedded Lucene index and OpenSearch (started by the test run). Both must give the
 * same hits.
 */
class SearchServiceTest {

    @Nested
    @PortalTest
    @WithMockUser(roles = "STAFF")
    class OnLucene extends Examples {}

    @Nested
    @ExtendWith(OpenSearchRunning.class)
    @PortalTest
    @ActiveProfiles({"test", "opensearch-test"})
    @WithMockUser(roles = "STAFF")
    class OnOpenSearch extends Examples {

        /**
         * Texts with what each analyzer does: umlauts, compounds, stems, possessives, elisions, accents — every
         * query and text of AnalyzersTest and a few longer ones.
         */
        private static final List<String> TEXTS = List.of(
                "Einbuergerung",
                "Einbürgerung",
                "Einburgerung",
                "Strasse",
                "Straße",
                "Buergermeister",
                "Bürgermeister",
                "Urkunde",
                "1000. Einbürgerungsurkunde des Jahres 2025",
                "Partnerschaft",
                "Heidelberg pflegt Städtepartnerschaften",
                "Einbürgerungsurkunde",
                "Einbuergerungsurkunde",
                "Partnerstädte",
                "Partnerstadt",
                "Netzwerk",
                "Netzwerke",
                "Jugendbegegnung",
                "Jugendbegegnungen",
                "Heidelberg",
                "Heidelberg's partner cities",
                "partnership",
                "partnerships",
                "city",
                "cities",
                "été",
                "l'université d'été",
                "esprit",
                "attachées aux mêmes valeurs de l’esprit",
                "jumelage",
                "les jumelages",
                "ete",
                "d’été",
                "Gora",
                "Jelenia Góra",
                "Luzniak",
                "Jerzy Łużniak",
                "Montpellier",
                "Kumamoto",
                "Delegationsreise",
                "Heidelberg pflegt Städtepartnerschaften mit Einbuergerungsurkunden",
                "The city's twin towns and the mayors' partnership agreements",
                "L'amitié d'Heidelberg et jusqu'à Montpellier : les villes jumelées",
                "Łużniak, Jelenia Góra, Kraków, Besançon, Šimferopol",
                "Klimaschutzbündnis Energy-Cities, Eurocities, Rat der Gemeinden und Regionen Europas");

        @Test
        void everyAnalyzerGivesTheSameTokensAsOnLucene() throws Exception {
            var analyzers = java.util.Map.of(
                    Analyzers.GERMAN, Analyzers.german(),
                    Analyzers.GERMAN_QUERY, Analyzers.germanQuery(),
                    Analyzers.ENGLISH, Analyzers.english(),
                    Analyzers.FRENCH, Analyzers.french(),
                    Analyzers.FOLDING, Analyzers.folding());
            for (var analyzer : analyzers.entrySet()) {
                for (String text : TEXTS) {
                    assertThat(AnalyzerParity.openSearch(analyzer.getKey(), text))
                            .as("%s: %s", analyzer.getKey(), text)
                            .containsExactlyElementsOf(AnalyzersTest.tokens(analyzer.getValue(), text));
                }
            }
        }
    }

    abstract static class Examples {

        @Autowired
        SearchService search;

        @Autowired
        Readers readers;

        @Test
        void oneTypoIsForgiven() {
            assertThat(ids("Kumamto", "de")).contains("kumamoto");
            assertThat(ids("Montpelier", "fr")).contains("montpellier");
        }

        @Test
        void theSnippetMarksTheWordThatATypoMeant() {
            SearchHit hit =
                    search.search("Kumamto", readers.current(Locale.GERMAN), 20, Optional.empty()).hits().stream()
                            .filter(found -> found.id().equals("kumamoto"))
                            .findFirst()
                            .orElseThrow();
            assertThat(hit.snippet()).contains("<mark>Kumamoto</mark>");
        }

        @Test
        void compoundsAndUmlautSpellingsAreFound() {
            assertThat(ids("Urkunde", "de")).contains("einbuergerungsurkunde-1000-2025");
            assertThat(ids("Einbuergerung", "de")).contains("einbuergerungsurkunde-1000-2025");
            assertThat(ids("Einburgerung", "de")).contains("einbuergerungsurkunde-1000-2025");
        }

        @Test
        void snippetsMarkTheCompoundThatWasFound() {
            // the highlighter must see the compound's parts as the index does (the unified highlighter of
            // Hibernate Search analyses the text without splitting and marks nothing here)
            SearchHit hit =
                    search.search("Urkunde", readers.current(Locale.GERMAN), 20, Optional.empty()).hits().stream()
                            .filter(found -> found.id().equals("einbuergerungsurkunde-1000-2025"))
                            .findFirst()
                            .orElseThrow();
            assertThat(hit.snippet())
                    .contains("<mark>Einbürgerungsurkunde</mark>")
                    .hasSizeLessThan(300);
        }

        @Test
        void missingAccentsAreForgiven() {
            assertThat(ids("Jelenia Gora", "en")).contains("jelenia-gora");
            assertThat(ids("Luzniak", "fr")).contains("jelenia-gora-goldenes-buch");
        }

        @Test
        void everyWordCountsAndPhrasesWork() {
            assertThat(ids("Montpellier Weinmesse", "de"))
                    .startsWith("montpellier-weinmesse-2021")
                    .doesNotContain("cambridge", "kumamoto");
            assertThat(ids("Weinmesse Kumamoto", "de")).isEmpty();
            assertThat(ids("\"Goldene Buch\"", "de")).contains("jelenia-gora-goldenes-buch");
        }

        @Test
        void contentInAnotherLanguageIsFoundToo() {
            SearchResult result =
                    search.search("Städtepartnerschaft", readers.current(Locale.FRENCH), 20, Optional.empty());
            assertThat(result.total()).isPositive();
            assertThat(result.hits())
                    .allSatisfy(hit -> assertThat(hit.language()).isIn("fr", "de"));
        }

        @Test
        void hitsFollowTheContract() {
            SearchResult result = search.search(
                    "Cambridge", readers.current(Locale.ENGLISH), 5, Optional.of(ContentType.PARTNER_CITY));
            SearchHit cambridge = result.hits().getFirst();
            assertThat(cambridge.type()).isEqualTo("partner-city");
            assertThat(cambridge.id()).isEqualTo("cambridge");
            assertThat(cambridge.title()).isEqualTo("Cambridge");
            assertThat(cambridge.url()).isEqualTo("/partner-cities/cambridge");
            assertThat(cambridge.language()).isEqualTo("en");
            assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.type()).isEqualTo("partner-city"));
        }

        @Test
        void badInputIsRefusedWithAReason() {
            assertThatThrownBy(() -> SearchService.clean("   ")).hasMessage("search.error.empty");
            assertThatThrownBy(() -> SearchService.clean("x".repeat(501))).hasMessage("search.error.too-long");
            assertThatThrownBy(() -> SearchService.clean("*")).hasMessage("search.error.nothing-to-find");
            assertThatThrownBy(() -> SearchService.clean("?")).hasMessage("search.error.nothing-to-find");
            assertThat(SearchService.clean("Heidel\u0000berg\u0007")).isEqualTo("Heidel berg");
            assertThat(search.search("AND OR (", readers.current(Locale.GERMAN), 10, Optional.empty())
                            .hits())
                    .isNotNull();
            assertThat(search.search("title:[a TO", readers.current(Locale.GERMAN), 10, Optional.empty())
                            .hits())
                    .isNotNull();
        }

        private java.util.List<String> ids(String query, String language) {
            return search
                    .search(query, readers.current(Locale.forLanguageTag(language)), 20, Optional.empty())
                    .hits()
                    .stream()
                    .map(SearchHit::id)
                    .toList();
        }
    }
}
