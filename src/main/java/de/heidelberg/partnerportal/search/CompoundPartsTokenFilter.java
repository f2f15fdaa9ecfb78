package de.heidelberg.partnerportal.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;

/**
 * Lucene's {@link DictionaryCompoundWordTokenFilter}, token for token, with a faster search for the
 * parts. Lucene's filter looks up every substring of every long word in a hash set (each lookup
 * hashes the substring again: about 17 lookups per letter); this one walks a trie of the parts from
 * every start and stops as soon as no part continues that way. The parts found, their order, text,
 * offsets and positions are the same: the base class does everything else, and the trie is built from
 * the very same word set ({@code CompoundPartsTokenFilterTest} compares both over the seed texts).
 */
final class CompoundPartsTokenFilter extends CompoundWordTokenFilterBase {

    private final CompoundPartsTrie parts;

    CompoundPartsTokenFilter(
            TokenStream input,
            CharArraySet dictionary,
            CompoundPartsTrie parts,
            int minWordSize,
            int minSubwordSize,
            int maxSubwordSize,
            boolean onlyLongestMatch) {
        super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, onlyLongestMatch);
        this.parts = parts;
    }

    @Override
    protected void decompose() {
        final int length = termAtt.length();
        final char[] buffer = termAtt.buffer();
        for (int start = 0; start <= length - minSubwordSize; start++) {
            int longest = 0;
            int node = CompoundPartsTrie.ROOT;
            int end = Math.min(length, start + maxSubwordSize);
            for (int i = start; i < end; i++) {
                node = parts.next(node, buffer[i]);
                if (node < 0) {
                    break;
                }
                int partLength = i + 1 - start;
                if (partLength >= minSubwordSize && parts.isPart(node)) {
                    if (onlyLongestMatch) {
                        longest = partLength;
                    } else {
                        tokens.add(new CompoundToken(start, partLength));
                    }
                }
            }
            if (onlyLongestMatch && longest > 0) {
                tokens.add(new CompoundToken(start, longest));
            }
        }
    }
}
