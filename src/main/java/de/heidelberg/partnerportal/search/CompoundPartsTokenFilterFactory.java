package de.heidelberg.partnerportal.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.jspecify.annotations.Nullable;

/**
 * Creates {@link CompoundPartsTokenFilter}: the same parameters, defaults and dictionary loading as
 * Lucene's {@link DictionaryCompoundWordTokenFilterFactory} ("dictionaryCompoundWord"; OpenSearch's
 * "dictionary_decompounder"), which gives the same tokens, only more slowly.
 */
public final class CompoundPartsTokenFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** Not registered for lookup by name; {@link Analyzers} adds it by class. */
    public static final String NAME = "portalCompoundParts";

    private final String dictionaryFile;
    private final int minWordSize;
    private final int minSubwordSize;
    private final int maxSubwordSize;
    private final boolean onlyLongestMatch;
    private @Nullable CharArraySet dictionary;
    private @Nullable CompoundPartsTrie parts;

    public CompoundPartsTokenFilterFactory(Map<String, String> args) {
        super(args);
        dictionaryFile = require(args, "dictionary");
        minWordSize = getInt(args, "minWordSize", CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE);
        minSubwordSize = getInt(args, "minSubwordSize", CompoundWordTokenFilterBase.DEFAULT_MIN_SUBWORD_SIZE);
        maxSubwordSize = getInt(args, "maxSubwordSize", CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE);
        onlyLongestMatch = getBoolean(args, "onlyLongestMatch", true);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        // loaded exactly as Lucene's factory loads it (case-sensitive), then turned into the trie
        dictionary = getWordSet(loader, dictionaryFile, false);
        parts = new CompoundPartsTrie(dictionary);
    }

    @Override
    public TokenStream create(TokenStream input) {
        // like Lucene's factory: without a dictionary (not informed yet) the tokens pass unchanged
        if (dictionary == null) {
            return input;
        }
        return new CompoundPartsTokenFilter(
                input, dictionary, parts, minWordSize, minSubwordSize, maxSubwordSize, onlyLongestMatch);
    }
}
