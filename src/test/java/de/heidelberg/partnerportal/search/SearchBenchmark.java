package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.Reader;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
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
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search performance, measured and reported, never asserted: generates news items in three languages
 * (100,000 by default; {@code -Dbench.items=N}), rebuilds the index the way an administrator does
 * ({@link SearchIndexAdmin}, items/s), then runs the same queries through {@link SearchService} and as
 * the equivalent raw Lucene query on the same index (same fields, words, fuzzy clause, top 20, stored
 * fields read and one snippet highlighted per hit), and reports p50/p95/p99 of both. Not part of the
 * test suite (no *Test/*IT name). Run:
 * {@code ./mvnw -Pproduction test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The report goes to the console and to target/benchmark.md. {@code -Dbench.queries=false} measures the
 * rebuild only.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, properties = {
        // a real index on disk, as in production, instead of the tests' in-memory one
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
        "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-index"})
@ActiveProfiles("test")
class SearchBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 100_000);
    private static final int WARMUP = 500;
    private static final int RUNS = 2_000;
    private static final int HITS = 20;
    private static final List<String> QUERIES = List.of("Partnerschaft", "Kumamto", "Urkunde", "Montpellier Weinmesse",
            "Goldene Buch", "Jugendaustausch", "Einbuergerung", "Gora", "Delegation", "Bürgermeister");
    private static final List<String> LANGUAGES = List.of("de", "en", "fr");

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndexAdmin admin;

    @Test
    void measure() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        long generated = generateNews(ITEMS);

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long startCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        admin.startRebuild();
        while (admin.isRebuilding()) {
            Thread.sleep(10);
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        // the whole process's CPU time (indexing, loading, merging, GC, JIT): per item it hardly depends on
        // what else runs on the machine, unlike the wall-clock rate
        double indexCpuSeconds = (os.getProcessCpuTime() - startCpu) / 1e9;
        long documents = admin.currentStatus().documents();
        if (!Boolean.parseBoolean(System.getProperty("bench.queries", "true"))) {
            String report = """
                    # Search benchmark (rebuild only)

                    Machine: %d cores, JDK %s. Items: %,d generated news items (+ the demo content), %,d index documents.

                    | what | value |
                    |---|---|
                    | full rebuild (mass indexer, as /admin/search does it) | %.1f s, %,.0f items/s |
                    | CPU time of the rebuild (all threads) | %.1f s, %.2f ms per item |
                    """.formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    generated, documents, indexSeconds, documents / indexSeconds, indexCpuSeconds,
                    1000 * indexCpuSeconds / documents);
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark.md"), report);
            return;
        }

        // a city staff member reading German: sees internal notes, not drafts
        Reader reader = new Reader(Locale.GERMAN, Locale.GERMAN, true, false);
        Timing service = time(query -> search.search(query, reader, HITS, Optional.empty()).hits().size());
        Timing page = time(query -> search.page(query, reader, 0, HITS, Optional.empty(),
                SearchService.SearchOrder.RELEVANCE).result().hits().size());

        var mapping = Search.mapping(entityManagerFactory);
        var scope = mapping.scope(ContentEntity.class).extension(LuceneExtension.get());
        Analyzer analyzer = mapping.indexedEntity("NewsItem").indexManager().unwrap(LuceneIndexManager.class)
                .searchAnalyzer();
        Timing raw;
        try (IndexReader indexReader = scope.openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(indexReader);
            FastVectorHighlighter highlighter = new FastVectorHighlighter();
            raw = time(query -> {
                // as the service: every word as typed; only when that finds nothing, with one typo
                Query exact = exactQuery(analyzer, query);
                TopDocs top = searcher.search(exact, HITS);
                boolean typos = top.totalHits.value == 0;
                if (typos) {
                    top = searcher.search(typoQuery(analyzer, query), HITS);
                }
                FieldQuery fieldQuery = highlighter.getFieldQuery(exact, indexReader);
                for (ScoreDoc hit : top.scoreDocs) {
                    searcher.storedFields().document(hit.doc);
                    if (!typos) {
                        highlighter.getBestFragment(fieldQuery, indexReader, hit.doc, ContentDocumentBinder.text("de"), 200);
                    }
                }
                return top.scoreDocs.length;
            });
        }

        String report = """
                # Search benchmark

                Machine: %d cores, JDK %s. Items: %,d generated news items (+ the demo content) in de/en/fr, %,d index documents.

                | what | value |
                |---|---|
                | full rebuild (mass indexer, as /admin/search does it) | %.1f s, %,.0f items/s |
                | CPU time of the rebuild (all threads) | %.1f s, %.2f ms per item |
                | SearchService.search (REST API) p50 / p95 / p99 | %.2f / %.2f / %.2f ms |
                | SearchService.page (search page, with facets) p50 / p95 / p99 | %.2f / %.2f / %.2f ms |
                | raw Lucene, same query, p50 / p95 / p99 | %.2f / %.2f / %.2f ms |
                | SearchService.search ÷ raw Lucene at p95 | %.1f× |

                %d queries (%s), %d warm-up runs, %d measured runs each way, top %d hits. The raw query is the
                service's query written by hand: every word on title and text in all three languages and the
                internal notes, and only when that finds nothing every word with one typo on the spell fields; published
                items out of the trash within their publishing period only; stored fields read and one snippet
                highlighted per hit (fast vector highlighter).
                """.formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                generated, documents, indexSeconds, documents / indexSeconds, indexCpuSeconds,
                1000 * indexCpuSeconds / documents,
                ms(service.all(), 50), ms(service.all(), 95), ms(service.all(), 99),
                ms(page.all(), 50), ms(page.all(), 95), ms(page.all(), 99),
                ms(raw.all(), 50), ms(raw.all(), 95), ms(raw.all(), 99),
                (double) percentile(service.all(), 95) / percentile(raw.all(), 95), QUERIES.size(),
                String.join(", ", QUERIES), WARMUP, RUNS, HITS) + "\n" + perQuery(service, raw);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.md"), report);
    }

    private interface Run {
        int apply(String query) throws Exception;
    }

    /** Every run's time, sorted, and each query's times (sorted) to see which ones are slow. */
    private record Timing(long[] all, Map<String, long[]> byQuery) {}

    private static Timing time(Run run) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            run.apply(QUERIES.get(i % QUERIES.size()));
        }
        long[] nanos = new long[RUNS];
        Map<String, long[]> byQuery = new LinkedHashMap<>();
        QUERIES.forEach(query -> byQuery.put(query, new long[RUNS / QUERIES.size()]));
        for (int i = 0; i < RUNS; i++) {
            String query = QUERIES.get(i % QUERIES.size());
            long start = System.nanoTime();
            run.apply(query);
            nanos[i] = System.nanoTime() - start;
            byQuery.get(query)[i / QUERIES.size()] = nanos[i];
        }
        Arrays.sort(nanos);
        byQuery.values().forEach(Arrays::sort);
        return new Timing(nanos, byQuery);
    }

    private static String perQuery(Timing service, Timing raw) {
        StringBuilder table = new StringBuilder("| query | service p50 / p95 | raw Lucene p50 / p95 |\n|---|---|---|\n");
        service.byQuery().forEach((query, times) -> table.append("| %s | %.1f / %.1f ms | %.1f / %.1f ms |\n".formatted(
                query, ms(times, 50), ms(times, 95), ms(raw.byQuery().get(query), 50), ms(raw.byQuery().get(query), 95))));
        return table.toString();
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long[] sorted, int percent) {
        return percentile(sorted, percent) / 1e6;
    }

    /** The service's first query by hand: every word as typed, in any language, internal notes too. */
    private static Query exactQuery(Analyzer analyzer, String text) throws IOException {
        List<String> fields = new ArrayList<>();
        for (String language : LANGUAGES) {
            fields.addAll(List.of(ContentDocumentBinder.title(language), ContentDocumentBinder.text(language),
                    ContentDocumentBinder.internal(language)));
        }
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        for (String word : text.split("\\s+")) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : fields) {
                for (String token : tokens(analyzer, field, word)) {
                    any.add(new TermQuery(new Term(field, token)), BooleanClause.Occur.SHOULD);
                }
            }
            exact.add(any.build(), BooleanClause.Occur.MUST);
        }
        return published(exact.build());
    }

    /** The service's second query by hand: every word with one typo on the spell fields. */
    private static Query typoQuery(Analyzer analyzer, String text) throws IOException {
        BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
        for (String field : List.of(ContentDocumentBinder.SPELL_TITLE, ContentDocumentBinder.SPELL_TEXT,
                ContentDocumentBinder.SPELL_INTERNAL)) {
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            for (String token : tokens(analyzer, field, text)) {
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
                .add(LongPoint.newRangeQuery(ContentDocumentBinder.PUBLISH_FROM, Long.MIN_VALUE, now), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(ContentDocumentBinder.PUBLISH_UNTIL, now + 1, Long.MAX_VALUE),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
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

    /** News items made from the demo news in all three languages, written with JDBC batches. */
    private long generateNews(int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<String[]> templates = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select n.title_id, n.teaser_id, n.body_id from news_item n order by n.id")) {
                while (rows.next()) {
                    templates.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            long nextText = next(connection, "translated_text");
            long nextNews = next(connection, "news_item");
            try (PreparedStatement text = connection.prepareStatement(
                            "insert into translated_text (id, source_revision, version) values (?, 1, 0)");
                    PreparedStatement value = connection.prepareStatement(
                            "insert into translated_text_value (text_id, language, text, based_on_revision)"
                                    + " select ?, language, text || ?, 1 from translated_text_value where text_id = ?");
                    PreparedStatement news = connection.prepareStatement(
                            "insert into news_item (id, slug, news_date, news_year, title_id, teaser_id, body_id,"
                                    + " published, version) values (?, ?, ?, ?, ?, ?, ?, true, 0)")) {
                for (int i = 0; i < count; i++) {
                    String[] template = templates.get(i % templates.size());
                    long[] ids = new long[3];
                    for (int part = 0; part < 3; part++) {
                        ids[part] = nextText++;
                        text.setLong(1, ids[part]);
                        text.addBatch();
                        value.setLong(1, ids[part]);
                        value.setString(2, " (" + i + ")");
                        value.setLong(3, Long.parseLong(template[part]));
                        value.addBatch();
                    }
                    news.setLong(1, nextNews++);
                    news.setString(2, "bench-" + i);
                    news.setObject(3, java.time.LocalDate.of(2000 + i % 26, 1 + i % 12, 1 + i % 28));
                    news.setInt(4, 2000 + i % 26);
                    news.setLong(5, ids[0]);
                    news.setLong(6, ids[1]);
                    news.setLong(7, ids[2]);
                    news.addBatch();
                    if (i % 1_000 == 999) {
                        text.executeBatch();
                        value.executeBatch();
                        news.executeBatch();
                    }
                }
                text.executeBatch();
                value.executeBatch();
                news.executeBatch();
            }
            connection.commit();
        }
        return count;
    }

    private static long next(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
