package de.heidelberg.partnerportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;

/**
 * The comparison: {@link SearchService}'s query written by hand in raw Lucene on the same index (same fields,
 * words, fuzzy clause, top hits), with the stored fields read and one snippet highlighted per hit.
 */
final class RawLuceneQuery {

    private final IndexReader indexReader;
    private final Analyzer analyzer;
    private final List<String> languages;
    private final int hits;
    private final IndexSearcher searcher;
    private final FastVectorHighlighter highlighter = new FastVectorHighlighter();

    RawLuceneQuery(IndexReader indexReader, Analyzer analyzer, List<String> languages, int hits) {
        this.indexReader = indexReader;
        this.analyzer = analyzer;
        this.languages = languages;
        this.hits = hits;
        this.searcher = new IndexSearcher(indexReader);
    }

    /** Runs one query as the service does and returns the number of hits. */
    int search(String query) throws IOException {
        // as the service: every word as typed; only when that finds nothing, with one typo
        Query found = exactQuery(query);
        TopDocs top = searcher.search(found, hits);
        if (top.totalHits.value == 0) {
            found = typoQuery(query);
            top = searcher.search(found, hits);
        }
        FieldQuery fieldQuery = highlighter.getFieldQuery(found, indexReader);
        for (ScoreDoc hit : top.scoreDocs) {
            searcher.storedFields().document(hit.doc);
            highlighter.getBestFragment(fieldQuery, indexReader, hit.doc, ContentDocumentBinder.text("de"), 200);
        }
        return top.scoreDocs.length;
    }

    /** The service's first query by hand: every word as typed, in any language, internal notes too. */
    private Query exactQuery(String text) throws IOException {
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        for (String word : text.split("\\s+")) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : searchedFields()) {
                for (String token : tokens(field, word)) {
                    any.add(new TermQuery(new Term(field, token)), BooleanClause.Occur.SHOULD);
                }
            }
            exact.add(any.build(), BooleanClause.Occur.MUST);
        }
        return published(exact.build());
    }

    private List<String> searchedFields() {
        List<String> fields = new ArrayList<>();
        for (String language : languages) {
            fields.addAll(List.of(
                    ContentDocumentBinder.title(language),
                    ContentDocumentBinder.text(language),
                    ContentDocumentBinder.internal(language)));
        }
        return fields;
    }

    /** The service's second query by hand: every word with one typo, on the same fields. */
    private Query typoQuery(String text) throws IOException {
        BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
        for (String field : searchedFields()) {
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            for (String token : tokens(field, text)) {
                every.add(new FuzzyQuery(new Term(field, token), 1, 2), BooleanClause.Occur.MUST);
            }
            fuzzy.add(every.build(), BooleanClause.Occur.SHOULD);
        }
        return published(fuzzy.build());
    }

    /** What a reader who does not see drafts may find, as the service filters it: published, not in the trash, now shown. */
    private static Query published(Query query) {
        long now = System.currentTimeMillis();
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(IntPoint.newExactQuery(ContentDocumentBinder.TRASHED, 0), BooleanClause.Occur.FILTER)
                .add(IntPoint.newExactQuery(ContentDocumentBinder.PUBLISHED, 1), BooleanClause.Occur.FILTER)
                .add(
                        LongPoint.newRangeQuery(ContentDocumentBinder.PUBLISH_FROM, Long.MIN_VALUE, now),
                        BooleanClause.Occur.FILTER)
                .add(
                        LongPoint.newRangeQuery(ContentDocumentBinder.PUBLISH_UNTIL, now + 1, Long.MAX_VALUE),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
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
