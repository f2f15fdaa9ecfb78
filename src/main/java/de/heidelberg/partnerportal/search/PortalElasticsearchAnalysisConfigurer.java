package de.heidelberg.partnerportal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Declares the portal's analyzers on OpenSearch (the Elasticsearch backend) by the same names and with
 * the same chains as {@link PortalLuceneAnalysisConfigurer}, from the filters every OpenSearch node has
 * (its analysis-common module). The compound splitter's word list goes inline into the index settings,
 * so that no file has to be copied onto the search nodes.
 */
public class PortalElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String COMPOUND_PARTS = "portal_german_compound_parts";
    private static final String GERMAN_STEM = "portal_german_light_stem";
    private static final String ENGLISH_POSSESSIVE = "portal_english_possessive";
    private static final String FRENCH_ELISION = "portal_french_elision";
    private static final String FRENCH_STEM = "portal_french_light_stem";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(COMPOUND_PARTS)
                .type("dictionary_decompounder")
                .param("word_list", compoundParts().toArray(String[]::new))
                .param("min_word_size", 8)
                .param("min_subword_size", 4)
                .param("max_subword_size", 20)
                .param("only_longest_match", false);
        context.tokenFilter(GERMAN_STEM).type("stemmer").param("language", "light_german");
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        // the articles Lucene's elision filter strips by default (l', d', qu', jusqu', …)
        context.tokenFilter(FRENCH_ELISION)
                .type("elision")
                .param("articles", frenchArticles().toArray(String[]::new))
                .param("articles_case", true);
        context.tokenFilter(FRENCH_STEM).type("stemmer").param("language", "light_french");

        context.analyzer(Analyzers.GERMAN)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", COMPOUND_PARTS, "german_normalization", GERMAN_STEM, "asciifolding");
        context.analyzer(Analyzers.GERMAN_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "german_normalization", GERMAN_STEM, "asciifolding");
        context.analyzer(Analyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
        context.analyzer(Analyzers.FRENCH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(FRENCH_ELISION, "lowercase", "asciifolding", FRENCH_STEM);
        context.analyzer(Analyzers.FOLDING).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
    }

    /** Lucene's French articles, which its elision filter strips when given no list of its own. */
    static List<String> frenchArticles() {
        return FrenchAnalyzer.DEFAULT_ARTICLES.stream()
                .map(article -> new String((char[]) article))
                .sorted()
                .toList();
    }

    /** The word parts of {@link Analyzers#COMPOUND_PARTS}, without its comments. */
    static List<String> compoundParts() {
        try (InputStream in = PortalElasticsearchAnalysisConfigurer.class
                .getClassLoader()
                .getResourceAsStream(Analyzers.COMPOUND_PARTS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + Analyzers.COMPOUND_PARTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + Analyzers.COMPOUND_PARTS, e);
        }
    }
}
