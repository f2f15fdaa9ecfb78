package de.heidelberg.partnerportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The portal's text analysis, one analyzer per content language plus a language-neutral one. Built
 * with Lucene's factories by name, so that the same chains can be declared for OpenSearch.
 *
 * <p>German, in this order: lower-case; split compounds against a dictionary of word parts while the
 * umlauts are still there ("einbürgerungsurkunde" also gives "urkunde", "städtepartnerschaften" also
 * "partnerschaften"); only then normalise ä/ae, ö/oe, ü/ue, ß/ss alike; light stemming (plural and
 * singular meet); fold remaining diacritics. Splitting before normalising keeps the dictionary matches
 * intact. The splitting is Lucene's dictionary compound filter, with a faster search for the parts
 * ({@link CompoundPartsTokenFilterFactory}, same tokens).
 */
public final class Analyzers {

    public static final String GERMAN = "portal_german";
    /** German for queries: like {@link #GERMAN} but without splitting, so a query word is not widened. */
    public static final String GERMAN_QUERY = "portal_german_query";

    public static final String ENGLISH = "portal_english";
    public static final String FRENCH = "portal_french";
    /** For names and text in any language: lower-case, diacritics folded ("Łużniak" = "luzniak"). */
    public static final String FOLDING = "portal_folding";

    static final String COMPOUND_PARTS = "search/german-compound-parts.txt";
    /** The compound splitter's parameters, as Lucene's "dictionaryCompoundWord" filter names them. */
    static final String[] COMPOUND_SPLITTING = {
        "dictionary", COMPOUND_PARTS,
        "minWordSize", "8",
        "minSubwordSize", "4",
        "maxSubwordSize", "20",
        "onlyLongestMatch", "false"
    };

    private Analyzers() {}

    /** The analyzer name for a content language; languages without their own get {@link #FOLDING}. */
    public static String forLanguage(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "de" -> GERMAN;
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            default -> FOLDING;
        };
    }

    static Analyzer german() {
        return germanChain(true);
    }

    static Analyzer germanQuery() {
        return germanChain(false);
    }

    /** The analyzer for queries on fields analysed with this analyzer. */
    public static String queryAnalyzer(String analyzer) {
        return GERMAN.equals(analyzer) ? GERMAN_QUERY : analyzer;
    }

    private static Analyzer germanChain(boolean splitCompounds) {
        return build(builder -> {
            builder.withTokenizer("standard").addTokenFilter("lowercase");
            if (splitCompounds) {
                // Lucene's "dictionaryCompoundWord" with these parameters, token for token, only faster
                builder.addTokenFilter(CompoundPartsTokenFilterFactory.class, COMPOUND_SPLITTING);
            }
            return builder.addTokenFilter("germanNormalization")
                    .addTokenFilter("germanLightStem")
                    .addTokenFilter("asciiFolding", "preserveOriginal", "false");
        });
    }

    static Analyzer english() {
        return build(builder -> builder.withTokenizer("standard")
                .addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding", "preserveOriginal", "false")
                .addTokenFilter("porterStem"));
    }

    static Analyzer french() {
        return build(builder -> builder.withTokenizer("standard")
                .addTokenFilter("elision", "ignoreCase", "true")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding", "preserveOriginal", "false")
                .addTokenFilter("frenchLightStem"));
    }

    static Analyzer folding() {
        return build(builder -> builder.withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding", "preserveOriginal", "false"));
    }

    private interface Chain {
        CustomAnalyzer.Builder apply(CustomAnalyzer.Builder builder) throws IOException;
    }

    private static Analyzer build(Chain chain) {
        try {
            return chain.apply(CustomAnalyzer.builder(new ClasspathResourceLoader(Analyzers.class.getClassLoader())))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build an analyzer", e);
        }
    }
}
