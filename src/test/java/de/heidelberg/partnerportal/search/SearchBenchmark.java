package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.PartnerPortalApplication;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
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
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
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

    @Autowired
    Readers readers;

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
        var mapping = Search.mapping(entityManagerFactory);
        var scope = mapping.scope(ContentEntity.class).extension(LuceneExtension.get());
        LuceneIndexManager indexManager = mapping.indexedEntity("NewsItem").indexManager().unwrap(LuceneIndexManager.class);
        String rawIndexing;
        try (IndexReader indexReader = scope.openIndexReader()) {
            rawIndexing = rawIndexing(storedTexts(indexReader), indexManager.indexingAnalyzer(), indexSeconds,
                    indexCpuSeconds);
        }
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
                    1000 * indexCpuSeconds / documents) + "\n" + rawIndexing;
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark.md"), report);
            return;
        }

        // a city staff member reading German: sees internal notes, not drafts
        Reader reader = readers.current(Locale.GERMAN);
        Analyzer analyzer = indexManager.searchAnalyzer();
        Timing service;
        Timing page;
        Timing raw;
        try (IndexReader indexReader = scope.openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(indexReader);
            FastVectorHighlighter highlighter = new FastVectorHighlighter();
            List<Timing> timings = time(List.of(
                    query -> search.search(query, reader, HITS, Optional.empty()).hits().size(),
                    query -> search.page(query, reader, 0, HITS, Optional.empty(), SearchService.SearchOrder.RELEVANCE)
                            .result().hits().size(),
                    query -> {
                // as the service: every word as typed; only when that finds nothing, with one typo
                Query found = exactQuery(analyzer, query);
                TopDocs top = searcher.search(found, HITS);
                if (top.totalHits.value == 0) {
                    found = typoQuery(analyzer, query);
                    top = searcher.search(found, HITS);
                }
                FieldQuery fieldQuery = highlighter.getFieldQuery(found, indexReader);
                for (ScoreDoc hit : top.scoreDocs) {
                    searcher.storedFields().document(hit.doc);
                    highlighter.getBestFragment(fieldQuery, indexReader, hit.doc, ContentDocumentBinder.text("de"), 200);
                }
                return top.scoreDocs.length;
            }));
            service = timings.get(0);
            page = timings.get(1);
            raw = timings.get(2);
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

                %d queries (%s), %d warm-up runs, %d measured runs each way, taken in turns, top %d hits. The raw query is the
                service's query written by hand: every word on title and text in all three languages and the
                internal notes, and only when that finds nothing every word with one typo on the same fields; published
                items out of the trash within their publishing period only; stored fields read and one snippet
                highlighted per hit (fast vector highlighter).
                """.formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                generated, documents, indexSeconds, documents / indexSeconds, indexCpuSeconds,
                1000 * indexCpuSeconds / documents,
                ms(service.all(), 50), ms(service.all(), 95), ms(service.all(), 99),
                ms(page.all(), 50), ms(page.all(), 95), ms(page.all(), 99),
                ms(raw.all(), 50), ms(raw.all(), 95), ms(raw.all(), 99),
                (double) percentile(service.all(), 95) / percentile(raw.all(), 95), QUERIES.size(),
                String.join(", ", QUERIES), WARMUP, RUNS, HITS) + "\n" + perQuery(service, raw) + "\n" + rawIndexing;
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.md"), report);
    }

    /** What a rebuild writes per item, read back from the index the mass indexer built. */
    private record StoredTexts(String type, String slug, Map<String, String> titles, Map<String, String> texts) {}

    private static List<StoredTexts> storedTexts(IndexReader reader) throws IOException {
        List<StoredTexts> all = new ArrayList<>(reader.numDocs());
        StoredFields stored = reader.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document document = stored.document(doc);
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String title = document.get(ContentDocumentBinder.title(language));
                if (title != null) {
                    titles.put(language, title);
                }
                String[] bodies = document.getValues(ContentDocumentBinder.text(language));
                if (bodies.length > 0) {
                    texts.put(language, String.join("\n\n", bodies));
                }
            }
            all.add(new StoredTexts(document.get(ContentDocumentBinder.TYPE), document.get(ContentDocumentBinder.SLUG),
                    titles, texts));
        }
        return all;
    }

    /** What a bare Lucene index of the same items holds, from what the portal writes down to what the issue needs. */
    private enum RawVariant {
        AS_THE_PORTAL("the portal's fields: language fields, texts stored with term vectors (for snippets)", false, true),
        WITH_SPELL_COPY("plus a folded copy of all texts for typos (until stop 9)", true, true),
        WITHOUT_TERM_VECTORS("the portal's fields without term vectors (the floor: what every search needs)", false, false);

        final String description;
        final boolean spellCopy;
        final boolean termVectors;

        RawVariant(String description, boolean spellCopy, boolean termVectors) {
            this.description = description;
            this.spellCopy = spellCopy;
            this.termVectors = termVectors;
        }
    }

    /**
     * The same items written with a bare Lucene IndexWriter, one thread per core, with the portal's analyzers:
     * the floor under what Hibernate Search's mass indexer can reach, per variant of what is indexed.
     */
    private static String rawIndexing(List<StoredTexts> items, Analyzer analyzer, double massSeconds, double massCpuSeconds)
            throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int threads = Runtime.getRuntime().availableProcessors();
        StringBuilder table = new StringBuilder("""
                Bare Lucene (IndexWriter, %d threads, the portal's analyzers, texts read back from the index) writing
                the same %,d items, against the mass indexer above (%,.0f items/s, %.2f ms CPU per item):

                | what is indexed | items/s | ms CPU per item |
                |---|---|---|
                """.formatted(threads, items.size(), items.size() / massSeconds, 1000 * massCpuSeconds / items.size()));
        Analyzer folding = Analyzers.folding();
        Analyzer withSpellFields = new PerFieldAnalyzerWrapper(analyzer, Map.of("spell_title", folding, "spell_text", folding));
        for (RawVariant variant : RawVariant.values()) {
            Path directory = Files.createTempDirectory(Path.of("target"), "raw-index-");
            try (FSDirectory index = FSDirectory.open(directory);
                    IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(withSpellFields))) {
                long startCpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                    List<Future<?>> parts = new ArrayList<>();
                    for (int part = 0; part < threads; part++) {
                        int first = part;
                        parts.add(pool.submit(() -> {
                            for (int i = first; i < items.size(); i += threads) {
                                writer.addDocument(rawDocument(items.get(i), variant, i));
                            }
                            return null;
                        }));
                    }
                    for (Future<?> part : parts) {
                        part.get();
                    }
                }
                writer.commit();
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - startCpu) / 1e9;
                table.append("| %s | %,.0f | %.2f |%n".formatted(variant.description, items.size() / seconds,
                        1000 * cpuSeconds / items.size()));
            } finally {
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
        }
        return table.toString();
    }

    private static Document rawDocument(StoredTexts item, RawVariant variant, int number) {
        Document document = new Document();
        document.add(new IntPoint(ContentDocumentBinder.INDEX_FORMAT, ContentDocumentBinder.FORMAT));
        document.add(new StringField(ContentDocumentBinder.TYPE, item.type(), Field.Store.YES));
        document.add(new SortedSetDocValuesField(ContentDocumentBinder.TYPE, new BytesRef(item.type())));
        document.add(new StringField(ContentDocumentBinder.SLUG, item.slug(), Field.Store.YES));
        document.add(new IntPoint(ContentDocumentBinder.PUBLISHED, 1));
        document.add(new IntPoint(ContentDocumentBinder.TRASHED, 0));
        document.add(new LongPoint(ContentDocumentBinder.PUBLISH_FROM, 0));
        document.add(new LongPoint(ContentDocumentBinder.PUBLISH_UNTIL, Long.MAX_VALUE));
        int year = 2000 + number % 26;
        document.add(new IntPoint(ContentDocumentBinder.YEAR, year));
        document.add(new StoredField(ContentDocumentBinder.YEAR, year));
        document.add(new NumericDocValuesField(ContentDocumentBinder.YEAR, year));
        FieldType textType = new FieldType(TextField.TYPE_STORED);
        if (variant.termVectors) {
            textType.setStoreTermVectors(true);
            textType.setStoreTermVectorPositions(true);
            textType.setStoreTermVectorOffsets(true);
        }
        textType.freeze();
        item.titles().forEach((language, title) -> {
            document.add(new TextField(ContentDocumentBinder.title(language), title, Field.Store.YES));
            if (variant.spellCopy) {
                document.add(new TextField("spell_title", title, Field.Store.NO));
            }
        });
        item.texts().forEach((language, text) -> {
            document.add(new Field(ContentDocumentBinder.text(language), text, textType));
            if (variant.spellCopy) {
                document.add(new TextField("spell_text", text, Field.Store.NO));
            }
        });
        return document;
    }

    private interface Run {
        int apply(String query) throws Exception;
    }

    /** Every run's time, sorted, and each query's times (sorted) to see which ones are slow. */
    private record Timing(long[] all, Map<String, long[]> byQuery) {}

    /**
     * Times the runs side by side: each query goes through every run in turn (the order turning with each
     * query), so that a busy moment of a shared machine falls on all of them alike and their ratio holds.
     */
    private static List<Timing> time(List<Run> runs) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            for (Run run : runs) {
                run.apply(QUERIES.get(i % QUERIES.size()));
            }
        }
        List<long[]> nanos = new ArrayList<>();
        List<Map<String, long[]>> byQuery = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            nanos.add(new long[RUNS]);
            Map<String, long[]> perQuery = new LinkedHashMap<>();
            QUERIES.forEach(query -> perQuery.put(query, new long[RUNS / QUERIES.size()]));
            byQuery.add(perQuery);
        }
        for (int i = 0; i < RUNS; i++) {
            String query = QUERIES.get(i % QUERIES.size());
            for (int turn = 0; turn < runs.size(); turn++) {
                int r = (i + turn) % runs.size();
                long start = System.nanoTime();
                runs.get(r).apply(query);
                long took = System.nanoTime() - start;
                nanos.get(r)[i] = took;
                byQuery.get(r).get(query)[i / QUERIES.size()] = took;
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Arrays.sort(nanos.get(r));
            byQuery.get(r).values().forEach(Arrays::sort);
            timings.add(new Timing(nanos.get(r), byQuery.get(r)));
        }
        return timings;
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
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        for (String word : text.split("\\s+")) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : searchedFields()) {
                for (String token : tokens(analyzer, field, word)) {
                    any.add(new TermQuery(new Term(field, token)), BooleanClause.Occur.SHOULD);
                }
            }
            exact.add(any.build(), BooleanClause.Occur.MUST);
        }
        return published(exact.build());
    }

    private static List<String> searchedFields() {
        List<String> fields = new ArrayList<>();
        for (String language : LANGUAGES) {
            fields.addAll(List.of(ContentDocumentBinder.title(language), ContentDocumentBinder.text(language),
                    ContentDocumentBinder.internal(language)));
        }
        return fields;
    }

    /** The service's second query by hand: every word with one typo, on the same fields. */
    private static Query typoQuery(Analyzer analyzer, String text) throws IOException {
        BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
        for (String field : searchedFields()) {
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
