package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over all content in every language, written only against the Hibernate Search
 * API. Every word counts; titles weigh more than texts; the reader's language weighs more than the
 * others, but content in another language is found too; one typo is forgiven; "quoted phrases" work.
 * Permissions are part of the query: partners never match internal notes or unpublished items.
 */
@Service
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_LIMIT = 100;
    /** More words make no better search, but every word is a query on every field (and an automaton in the typo pass). */
    public static final int MAX_WORDS = 20;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SOMETHING_TO_FIND = Pattern.compile("[\\p{L}\\p{N}]");
    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("countries");

    private final EntityManager entityManager;
    private final SupportedLanguages languages;
    private final SearchInsight insight;
    private final SearchPredicates predicates;
    private final Duration timeBudget;

    /**
     * @param timeBudget how long one search may take in all (both passes): a query that needs longer is refused
     *     with {@code search.error.too-slow} instead of holding a thread and the reader's session
     */
    public SearchService(
            EntityManager entityManager,
            SupportedLanguages languages,
            SearchInsight insight,
            Clock clock,
            @Value("${portal.search.time-budget:3s}") Duration timeBudget) {
        this.entityManager = entityManager;
        this.languages = languages;
        this.insight = insight;
        this.predicates = new SearchPredicates(languages, clock);
        this.timeBudget = timeBudget;
    }

    /** The numbers the messages of {@link InvalidSearchException} name: {0} characters, {1} hits, {2} words. */
    public static Object[] messageParameters() {
        return new Object[] {MAX_QUERY_LENGTH, MAX_LIMIT, MAX_WORDS};
    }

    /** Checks and tidies a query typed by a person; throws {@link InvalidSearchException} for bad input. */
    public static String clean(@Nullable String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidSearchException("search.error.empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("search.error.too-long");
        }
        String cleaned = CONTROL.matcher(query).replaceAll(" ").strip();
        if (!SOMETHING_TO_FIND.matcher(cleaned).find()) {
            throw new InvalidSearchException("search.error.nothing-to-find");
        }
        if (WORD.matcher(cleaned).results().count() > MAX_WORDS) {
            throw new InvalidSearchException("search.error.too-many-words");
        }
        return cleaned;
    }

    /** The best hits for the REST API. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public SearchResult search(@Nullable String query, Reader reader, int limit, Optional<ContentType> type) {
        return run(query, reader, 0, limit, type, SearchOrder.RELEVANCE, false).result();
    }

    /** How results are ordered. */
    public enum SearchOrder {
        RELEVANCE,
        /** Newest year first, relevance within a year; items without a year last. */
        DATE
    }

    /** A page of hits (from {@code offset}) with facet counts, for the search page. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public SearchPage page(
            String query, Reader reader, int offset, int limit, Optional<ContentType> type, SearchOrder order) {
        return run(query, reader, offset, limit, type, order, true);
    }

    /**
     * Every word as typed first; only when that finds nothing, every word with one typo forgiven. The
     * fuzzy pass is the expensive one (an automaton per word), so most queries never pay for it.
     */
    private SearchPage run(
            @Nullable String query,
            Reader reader,
            int offset,
            int limit,
            Optional<ContentType> type,
            SearchOrder order,
            boolean withFacets) {
        Request request = new Request(clean(query), reader, offset, limit, type, order, withFacets);
        long deadline = System.nanoTime() + timeBudget.toNanos();
        try {
            SearchPage exact = fetch(
                    request, f -> predicates.words(f, insight.expand(request.text()), reader, false), false, deadline);
            if (exact.result().total() > 0) {
                return exact;
            }
            // the typo pass looks in the same fields: its snippets mark the words as they are spelt in the text
            return fetch(request, f -> predicates.words(f, request.text(), reader, true), true, deadline);
        } catch (SearchTimeoutException tooSlow) {
            throw new InvalidSearchException("search.error.too-slow");
        }
    }

    /** The least of the budget a pass must have left to begin. */
    private static final long MIN_PASS_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** What is left of the time budget, at least a nanosecond (none left: the query fails at once). */
    private static long remainingNanos(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }

    private record Request(
            String text,
            Reader reader,
            int offset,
            int limit,
            Optional<ContentType> type,
            SearchOrder order,
            boolean withFacets) {}

    private SearchPage fetch(
            Request request, Function<SearchPredicateFactory, SearchPredicate> matching, boolean typos, long deadline) {
        // a pass that starts with (almost) nothing left of the budget is not begun: Lucene checks the time only now
        // and then while collecting, so a small index could otherwise answer past any budget, and a deadline that
        // falls while the index readers are being opened leaves them unusable for the next searches
        if (deadline - System.nanoTime() < MIN_PASS_NANOS) {
            throw new InvalidSearchException("search.error.too-slow");
        }
        Reader reader = request.reader();
        Optional<ContentType> type = request.type();
        SearchOrder order = request.order();
        boolean withFacets = request.withFacets();
        int size = Math.clamp(request.limit(), 1, MAX_LIMIT);
        HitProjections projections = projectionsFor(reader);
        SearchSession session = Search.session(entityManager);
        var options = session.search(ContentEntity.class)
                .select(projections::found)
                .where(f -> f.bool(b -> {
                    b.must(matching.apply(f));
                    b.filter(predicates.visibleTo(f, reader));
                    type.ifPresent(t ->
                            b.filter(f.match().field(ContentDocumentBinder.TYPE).matching(t.name())));
                }))
                .sort(f -> order == SearchOrder.DATE
                        ? f.field(ContentDocumentBinder.YEAR)
                                .desc()
                                .missing()
                                .last()
                                .then()
                                .score()
                        : f.score())
                // snippets are HTML: the text escaped, the matches in <mark>
                .highlighter(f -> f.fastVector()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(HitProjections.SNIPPET_LENGTH)
                        .numberOfFragments(1))
                .failAfter(remainingNanos(deadline), TimeUnit.NANOSECONDS);
        if (withFacets) {
            options = options.aggregation(TYPES, f -> f.terms().field(ContentDocumentBinder.TYPE, String.class))
                    .aggregation(YEARS, f -> f.terms().field(ContentDocumentBinder.YEAR, Integer.class))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentDocumentBinder.COUNTRY, String.class));
        }
        var result = options.fetch(Math.max(0, request.offset()), size);
        List<SearchHit> hits = result.hits().stream().map(projections::toHit).toList();
        SearchResult found = new SearchResult(request.text(), result.total().hitCount(), hits);
        if (!withFacets) {
            return new SearchPage(found, Map.of(), Map.of(), Map.of(), typos);
        }
        Map<String, Long> types = new LinkedHashMap<>();
        result.aggregation(TYPES)
                .forEach((name, count) -> types.put(ContentTypeNames.apiName(ContentType.valueOf(name)), count));
        return new SearchPage(found, types, result.aggregation(YEARS), result.aggregation(COUNTRIES), typos);
    }

    /** Titles that start like the typed words, for suggestions as one types; empty for unusable input. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<SearchHit> suggest(String typed, Reader reader, int limit) {
        String text;
        try {
            text = clean(typed);
        } catch (InvalidSearchException unusable) {
            return List.of();
        }
        String prefixes = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word + "*")
                .collect(Collectors.joining(" "));
        if (prefixes.isEmpty()) {
            return List.of();
        }
        HitProjections projections = projectionsFor(reader);
        try {
            return Search.session(entityManager)
                    .search(ContentEntity.class)
                    .select(projections::suggestion)
                    .where(f -> f.bool(b -> {
                        b.must(predicates.titles(f, prefixes, reader));
                        b.filter(predicates.visibleTo(f, reader));
                    }))
                    .failAfter(timeBudget.toNanos(), TimeUnit.NANOSECONDS)
                    .fetchHits(Math.clamp(limit, 1, 20))
                    .stream()
                    .map(projections::toHit)
                    .toList();
        } catch (SearchTimeoutException tooSlow) {
            return List.of();
        }
    }

    private HitProjections projectionsFor(Reader reader) {
        return new HitProjections(
                reader.locale().getLanguage(), languages.source().getLanguage());
    }
}
