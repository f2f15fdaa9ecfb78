package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.search.QueryTimer.Timing;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
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
 * (100,000 by default; {@code -Dbench.items=N}; {@link NewsGenerator}), rebuilds the index the way an
 * administrator does ({@link SearchIndexAdmin}, items/s), then runs the same queries through
 * {@link SearchService} and as the equivalent raw Lucene query on the same index ({@link RawLuceneQuery}: same
 * fields, words, fuzzy clause, top 20, stored fields read and one snippet highlighted per hit), timed in turns
 * ({@link QueryTimer}), and reports p50/p95/p99 of both; the same items written with a bare Lucene IndexWriter
 * ({@link BareLuceneIndexing}) are the floor under the rebuild. Not part of the test suite: it lives in
 * src/bench/java, which only the Maven profile {@code bench} adds to the test sources. Run:
 * {@code ./mvnw -Pproduction,bench test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The report goes to the console and to target/benchmark.md ({@link BenchmarkReport}).
 * {@code -Dbench.queries=false} measures the rebuild only.
 */
@SpringBootTest(
        classes = PartnerPortalApplication.class,
        properties = {
            // a real index on disk, as in production, instead of the tests' in-memory one
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-index"
        })
@ActiveProfiles("test")
class SearchBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 100_000);
    private static final int WARMUP = 500;
    private static final int RUNS = 2_000;
    private static final int HITS = 20;
    private static final List<String> QUERIES = List.of(
            "Partnerschaft",
            "Kumamto",
            "Urkunde",
            "Montpellier Weinmesse",
            "Goldene Buch",
            "Jugendaustausch",
            "Einbuergerung",
            "Gora",
            "Delegation",
            "Bürgermeister");
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
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        long generated = NewsGenerator.generateNews(dataSource, ITEMS);

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
        var rebuild = new BenchmarkReport.Rebuild(generated, documents, indexSeconds, indexCpuSeconds);
        var mapping = Search.mapping(entityManagerFactory);
        var scope = mapping.scope(ContentEntity.class).extension(LuceneExtension.get());
        LuceneIndexManager indexManager =
                mapping.indexedEntity("NewsItem").indexManager().unwrap(LuceneIndexManager.class);
        String rawIndexing;
        try (IndexReader indexReader = scope.openIndexReader()) {
            rawIndexing = BareLuceneIndexing.rawIndexing(
                    BareLuceneIndexing.storedTexts(indexReader, LANGUAGES),
                    indexManager.indexingAnalyzer(),
                    indexSeconds,
                    indexCpuSeconds);
        }
        if (!Boolean.parseBoolean(System.getProperty("bench.queries", "true"))) {
            BenchmarkReport.write(BenchmarkReport.rebuildOnly(rebuild, rawIndexing));
            return;
        }

        // a city staff member reading German: sees internal notes, not drafts
        Reader reader = readers.current(Locale.GERMAN);
        Analyzer analyzer = indexManager.searchAnalyzer();
        Timing service;
        Timing page;
        Timing raw;
        try (IndexReader indexReader = scope.openIndexReader()) {
            RawLuceneQuery rawQuery = new RawLuceneQuery(indexReader, analyzer, LANGUAGES, HITS);
            List<Timing> timings = QueryTimer.time(
                    List.of(
                            query -> search.search(query, reader, HITS, Optional.empty())
                                    .hits()
                                    .size(),
                            query -> search.page(
                                            query,
                                            reader,
                                            0,
                                            HITS,
                                            Optional.empty(),
                                            SearchService.SearchOrder.RELEVANCE)
                                    .result()
                                    .hits()
                                    .size(),
                            rawQuery::search),
                    QUERIES,
                    WARMUP,
                    RUNS);
            service = timings.get(0);
            page = timings.get(1);
            raw = timings.get(2);
        }

        BenchmarkReport.write(
                BenchmarkReport.full(rebuild, service, page, raw, QUERIES, WARMUP, RUNS, HITS, rawIndexing));
    }
}
