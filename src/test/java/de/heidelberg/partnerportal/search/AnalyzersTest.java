package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The examples the search must get right, on the token level: a query term finds a text when the
 * query's tokens are among the text's.
 */
class AnalyzersTest {

    private static final Analyzer german = Analyzers.german();
    private final Analyzer english = Analyzers.english();
    private final Analyzer french = Analyzers.french();
    private final Analyzer folding = Analyzers.folding();

    @Test
    void germanTreatsUmlautSpellingsAlike() throws IOException {
        assertFinds(german, "Einbuergerung", "Einbürgerung");
        assertFinds(german, "Einburgerung", "Einbürgerung");
        assertFinds(german, "Strasse", "Straße");
        assertFinds(german, "Buergermeister", "Bürgermeister");
    }

    @Test
    void germanSplitsCompoundsBeforeNormalising() throws IOException {
        assertFinds(german, "Urkunde", "1000. Einbürgerungsurkunde des Jahres 2025");
        assertFinds(german, "Partnerschaft", "Heidelberg pflegt Städtepartnerschaften");
        assertFinds(german, "Einbürgerung", "Einbürgerungsurkunde");
        assertFinds(german, "Urkunde", "Einbuergerungsurkunde");
    }

    @Test
    void germanStemsPluralAndSingular() throws IOException {
        assertFinds(german, "Partnerstädte", "Partnerstadt");
        assertFinds(german, "Netzwerk", "Netzwerke");
        assertFinds(german, "Jugendbegegnung", "Jugendbegegnungen");
    }

    @Test
    void englishHandlesPossessivesAndStems() throws IOException {
        assertFinds(english, "Heidelberg", "Heidelberg's partner cities");
        assertFinds(english, "partnership", "partnerships");
        assertFinds(english, "city", "cities");
    }

    @Test
    void frenchHandlesElisionsAndStems() throws IOException {
        assertFinds(french, "été", "l'université d'été");
        assertFinds(french, "esprit", "attachées aux mêmes valeurs de l’esprit");
        assertFinds(french, "jumelage", "les jumelages");
        assertFinds(french, "ete", "d’été");
    }

    @Test
    void diacriticsAreFoldedEverywhere() throws IOException {
        assertFinds(folding, "Gora", "Jelenia Góra");
        assertFinds(folding, "Luzniak", "Jerzy Łużniak");
        assertFinds(german, "Gora", "Jelenia Góra");
        assertFinds(english, "Luzniak", "Jerzy Łużniak");
        assertFinds(french, "Montpellier", "Montpellier");
    }

    @Test
    void unrelatedWordsDoNotMatch() throws IOException {
        assertThat(tokens(german, "Urkunde")).doesNotContainAnyElementsOf(tokens(german, "Partnerschaft"));
        assertThat(tokens(german, "Kumamoto")).doesNotContainAnyElementsOf(tokens(german, "Montpellier"));
    }

    @Test
    void germanQueriesAreNotWidenedBySplitting() throws IOException {
        assertThat(tokens(Analyzers.germanQuery(), "Delegationsreise")).hasSize(1);
        assertThat(tokens(german, "Delegationsreise")).hasSizeGreaterThan(1);
    }

    private static void assertFinds(Analyzer analyzer, String query, String text) throws IOException {
        Analyzer queryAnalyzer = analyzer == german ? Analyzers.germanQuery() : analyzer;
        List<String> queryTokens = tokens(queryAnalyzer, query);
        assertThat(queryTokens).as("tokens of %s", query).isNotEmpty();
        assertThat(tokens(analyzer, text))
                .as("%s should be found by %s", text, query)
                .containsAll(queryTokens);
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
