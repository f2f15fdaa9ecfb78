package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

/**
 * The faster compound splitter gives exactly the tokens of Lucene's "dictionaryCompoundWord" filter
 * with the same parameters: every attribute of every token (text, offsets, position increment and
 * length, type, flags), over all texts of the demo content, the public seed pages when they are
 * beside the project, the word list itself and made-up words.
 */
class CompoundPartsTokenFilterTest {

    private static final ClasspathResourceLoader RESOURCES =
            new ClasspathResourceLoader(CompoundPartsTokenFilterTest.class.getClassLoader());

    @Test
    void sameTokensAsLucenesFilterOnEveryText() throws IOException {
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(100);
        compareAll(texts, chainWith(true), chainWith(false));
    }

    @Test
    void sameTokensAsLucenesFilterForTheWholeGermanAnalyzer() throws IOException {
        List<String> texts = texts();
        compareAll(texts, Analyzers.german(), referenceGerman());
    }

    @Test
    void sameTokensForTheWordListAndItsCombinations() throws IOException {
        List<String> parts = parts();
        List<String> words = new ArrayList<>(parts);
        for (String first : parts) {
            words.add(first.toUpperCase(Locale.ROOT));
            for (String second : parts) {
                words.add(first + second);
                words.add(first + "s" + second + "en");
            }
        }
        Analyzer fast = chainWith(true);
        Analyzer lucene = chainWith(false);
        // one word at a time: long token streams hide nothing, but a failure names the word
        for (String word : words) {
            assertThat(tokens(fast, word)).as(word).isEqualTo(tokens(lucene, word));
        }
    }

    @Test
    void sameTokensForTrickyAndRandomWords() throws IOException {
        List<String> words = new ArrayList<>(List.of(
                "",
                "a",
                "urkunde",
                "urkunden",
                "einbürgerungsurkunde",
                "Einbuergerungsurkunde",
                "städtepartnerschaften",
                "staedtepartnerschaften",
                "Straße",
                "STRASSE",
                "partnerpartnerpartnerpartnerpartnerpartner",
                "xpartnerschaftx",
                "partnerschaftspartnerschaft",
                "20-jährige Städte-Partnerschaft",
                "Jugendaustausch-Programm",
                "Bürgermeister*innen",
                "l'université d'été",
                "Łużniak-Stadtpartnerschaft",
                "𝔘𝔯𝔨𝔲𝔫𝔡𝔢 partnerschaft\uD83D\uDE00urkunde",
                "a".repeat(300),
                "partner".repeat(60)));
        // made-up words from the letters of the parts, so that parts overlap and run into each other
        StringBuilder alphabet = new StringBuilder();
        parts().forEach(alphabet::append);
        Random random = new Random(4711);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(40);
            while (word.length() < length) {
                if (random.nextInt(3) == 0) {
                    List<String> parts = parts();
                    word.append(parts.get(random.nextInt(parts.size())));
                } else {
                    word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            words.add(word.toString());
        }
        compareAll(words, chainWith(true), chainWith(false));
        compareAll(List.of(String.join(" ", words)), Analyzers.german(), referenceGerman());
    }

    @Test
    void unknownParametersAreRefused() {
        var args = new java.util.HashMap<>(java.util.Map.of("dictionary", Analyzers.COMPOUND_PARTS, "whatever", "1"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CompoundPartsTokenFilterFactory(args))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void compareAll(List<String> texts, Analyzer fast, Analyzer lucene) throws IOException {
        long compared = 0;
        for (String text : texts) {
            List<String> expected = tokens(lucene, text);
            assertThat(tokens(fast, text)).as(text).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(0);
    }

    /** Every attribute of every token, and the final offset. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(stream.reflectAsString(false));
            }
            stream.end();
            tokens.add("end: " + stream.reflectAsString(false));
        }
        return tokens;
    }

    /** The German chain up to the splitter, with the portal's splitter or Lucene's. */
    private static Analyzer chainWith(boolean fast) throws IOException {
        var builder =
                CustomAnalyzer.builder(RESOURCES).withTokenizer("standard").addTokenFilter("lowercase");
        if (fast) {
            builder.addTokenFilter(CompoundPartsTokenFilterFactory.class, Analyzers.COMPOUND_SPLITTING);
        } else {
            builder.addTokenFilter("dictionaryCompoundWord", Analyzers.COMPOUND_SPLITTING);
        }
        return builder.build();
    }

    /** The German analyzer as it was declared before the faster splitter. */
    private static Analyzer referenceGerman() throws IOException {
        return CustomAnalyzer.builder(RESOURCES)
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("dictionaryCompoundWord", Analyzers.COMPOUND_SPLITTING)
                .addTokenFilter("germanNormalization")
                .addTokenFilter("germanLightStem")
                .addTokenFilter("asciiFolding", "preserveOriginal", "false")
                .build();
    }

    private static List<String> parts() {
        return PortalElasticsearchAnalysisConfigurer.compoundParts();
    }

    /**
     * Every line of the demo content (German with English and French translations), and the public
     * pages it was made from when they are beside the project (../shared/seeds).
     */
    private static List<String> texts() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        try (var in = RESOURCES.openResource("seed/heidelberg.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            texts.add(yaml);
            yaml.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(texts::add);
        }
        Path seeds = Path.of("..", "shared", "seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path file : files.sorted().toList()) {
                    String page = Files.readString(file, StandardCharsets.UTF_8);
                    texts.add(page);
                    page.lines()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty())
                            .forEach(texts::add);
                }
            }
        }
        return new ArrayList<>(texts);
    }
}
