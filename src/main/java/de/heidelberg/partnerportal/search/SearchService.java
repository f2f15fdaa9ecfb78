package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SafeMarkdown;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jsoup.nodes.Entities;
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
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SOMETHING_TO_FIND = Pattern.compile("[\\p{L}\\p{N}]");
    private static final int SNIPPET_LENGTH = 200;
    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("countries");

    private final EntityManager entityManager;
    private final SupportedLanguages languages;
    private final SearchInsight insight;
    private final Clock clock;

    public SearchService(EntityManager entityManager, SupportedLanguages languages, SearchInsight insight, Clock clock) {
        this.entityManager = entityManager;
        this.languages = languages;
        this.insight = insight;
        this.clock = clock;
    }

    /** Checks and tidies a query typed by a person; throws {@link InvalidSearchException} for bad input. */
    public static String clean(String query) {
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
        return cleaned;
    }

    /** The best hits for the REST API. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public SearchResult search(String query, Reader reader, int limit, Optional<ContentType> type) {
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
    public SearchPage page(String query, Reader reader, int offset, int limit, Optional<ContentType> type,
            SearchOrder order) {
        return run(query, reader, offset, limit, type, order, true);
    }

    /**
     * Every word as typed first; only when that finds nothing, every word with one typo forgiven. The
     * fuzzy pass is the expensive one (an automaton per word), so most queries never pay for it.
     */
    private SearchPage run(String query, Reader reader, int offset, int limit, Optional<ContentType> type,
            SearchOrder order, boolean withFacets) {
        Request request = new Request(clean(query), reader, offset, limit, type, order, withFacets);
        SearchPage exact = fetch(request, f -> exactly(f, insight.expand(request.text()), reader), false);
        if (exact.result().total() > 0) {
            return exact;
        }
        // the typo pass looks in the same fields: its snippets mark the words as they are spelt in the text
        return fetch(request, f -> withOneTypo(f, request.text(), reader), true);
    }

    private record Request(String text, Reader reader, int offset, int limit, Optional<ContentType> type,
            SearchOrder order, boolean withFacets) {}

    private SearchPage fetch(Request request, Function<SearchPredicateFactory, SearchPredicate> matching,
            boolean typos) {
        Reader reader = request.reader();
        Optional<ContentType> type = request.type();
        SearchOrder order = request.order();
        boolean withFacets = request.withFacets();
        int size = Math.clamp(request.limit(), 1, MAX_LIMIT);
        String mine = reader.locale().getLanguage();
        String source = languages.source().getLanguage();
        SearchSession session = Search.session(entityManager);
        var options = session.search(ContentEntity.class)
                .select(f -> f.composite()
                        .from(f.field(ContentDocumentBinder.TYPE, String.class),
                                f.field(ContentDocumentBinder.SLUG, String.class),
                                f.field(ContentDocumentBinder.title(mine), String.class),
                                f.field(ContentDocumentBinder.title(source), String.class),
                                f.highlight(ContentDocumentBinder.text(mine)),
                                // a reader of the source language needs the snippet once (see hit())
                                !source.equals(mine) ? f.highlight(ContentDocumentBinder.text(source))
                                        : f.constant(List.<String>of()),
                                f.field(ContentDocumentBinder.text(mine), String.class).multi(),
                                f.field(ContentDocumentBinder.text(source), String.class).multi())
                        .asArray())
                .where(f -> f.bool(b -> {
                    b.must(matching.apply(f));
                    b.filter(visibleTo(f, reader));
                    type.ifPresent(t -> b.filter(f.match().field(ContentDocumentBinder.TYPE).matching(t.name())));
                }))
                .sort(f -> order == SearchOrder.DATE
                        ? f.field(ContentDocumentBinder.YEAR).desc().missing().last().then().score()
                        : f.score())
                // snippets are HTML: the text escaped, the matches in <mark>
                .highlighter(f -> f.fastVector().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .fragmentSize(SNIPPET_LENGTH).numberOfFragments(1));
        if (withFacets) {
            options = options
                    .aggregation(TYPES, f -> f.terms().field(ContentDocumentBinder.TYPE, String.class))
                    .aggregation(YEARS, f -> f.terms().field(ContentDocumentBinder.YEAR, Integer.class))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentDocumentBinder.COUNTRY, String.class));
        }
        var result = options.fetch(Math.max(0, request.offset()), size);
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] row : result.hits()) {
            hits.add(hit(row, mine, source));
        }
        SearchResult found = new SearchResult(request.text(), result.total().hitCount(), hits);
        if (!withFacets) {
            return new SearchPage(found, Map.of(), Map.of(), Map.of(), typos);
        }
        Map<String, Long> types = new LinkedHashMap<>();
        result.aggregation(TYPES).forEach((name, count) -> types.put(apiName(ContentType.valueOf(name)), count));
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
        String mine = reader.locale().getLanguage();
        String source = languages.source().getLanguage();
        String prefixes = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word + "*")
                .collect(Collectors.joining(" "));
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return Search.session(entityManager).search(ContentEntity.class)
                .select(f -> f.composite()
                        .from(f.field(ContentDocumentBinder.TYPE, String.class),
                                f.field(ContentDocumentBinder.SLUG, String.class),
                                f.field(ContentDocumentBinder.title(mine), String.class),
                                f.field(ContentDocumentBinder.title(source), String.class))
                        .asArray())
                .where(f -> f.bool(b -> {
                    var titles = f.simpleQueryString().field(ContentDocumentBinder.title(mine)).boost(2f);
                    for (Locale language : languages.all()) {
                        titles = titles.field(ContentDocumentBinder.title(language.getLanguage()));
                    }
                    b.must(titles.matching(prefixes).defaultOperator(BooleanOperator.AND));
                    b.filter(visibleTo(f, reader));
                }))
                .fetchHits(Math.clamp(limit, 1, 20))
                .stream()
                .map(row -> {
                    boolean own = row[2] != null;
                    ContentType type = ContentType.valueOf((String) row[0]);
                    return new SearchHit(apiName(type), (String) row[1], (String) (own ? row[2] : row[3]), "",
                            type.path() + "/" + row[1], own ? mine : source);
                })
                .toList();
    }

    /**
     * What the reader may find, inside the query so that counts reveal nothing else: never the trash;
     * for all but editors only published items within their publishing period.
     */
    private SearchPredicate visibleTo(SearchPredicateFactory f, Reader reader) {
        return f.bool(b -> {
            b.filter(f.match().field(ContentDocumentBinder.TRASHED).matching(false));
            if (!reader.seesUnpublished()) {
                Instant now = clock.instant();
                b.filter(f.match().field(ContentDocumentBinder.PUBLISHED).matching(true));
                b.filter(f.range().field(ContentDocumentBinder.PUBLISH_FROM).atMost(now));
                b.filter(f.range().field(ContentDocumentBinder.PUBLISH_UNTIL).greaterThan(now));
            }
        }).toPredicate();
    }

    /** Every word as typed (phrases, prefixes with *, synonyms already widened), in any language. */
    private SearchPredicate exactly(SearchPredicateFactory f, String expanded, Reader reader) {
        List<WeightedField> fields = fields(reader);
        var exact = f.simpleQueryString().field(fields.getFirst().name()).boost(fields.getFirst().boost());
        for (WeightedField field : fields.subList(1, fields.size())) {
            exact = field.boost() == 1f ? exact.field(field.name()) : exact.field(field.name()).boost(field.boost());
        }
        return exact.matching(expanded).defaultOperator(BooleanOperator.AND).toPredicate();
    }

    /**
     * Every word with at most one typo, on the same fields: each language's fields analyse the words as that
     * language does, and the automaton of a word runs over each field's own terms.
     */
    private SearchPredicate withOneTypo(SearchPredicateFactory f, String text, Reader reader) {
        List<WeightedField> fields = fields(reader);
        var fuzzy = f.match().field(fields.getFirst().name()).boost(fields.getFirst().boost());
        for (WeightedField field : fields.subList(1, fields.size())) {
            fuzzy = field.boost() == 1f ? fuzzy.field(field.name()) : fuzzy.field(field.name()).boost(field.boost());
        }
        return fuzzy.matching(text).fuzzy(1, 2).minimumShouldMatchPercent(100).toPredicate();
    }

    private record WeightedField(String name, float boost) {}

    /**
     * Where words are looked for: titles and texts in every language, titles weighing more, the reader's
     * language most; internal notes only for those who may see them.
     */
    private List<WeightedField> fields(Reader reader) {
        String mine = reader.locale().getLanguage();
        List<WeightedField> fields = new ArrayList<>(List.of(
                new WeightedField(ContentDocumentBinder.title(mine), 6f), new WeightedField(ContentDocumentBinder.text(mine), 2f)));
        for (Locale other : languages.all()) {
            String language = other.getLanguage();
            if (!language.equals(mine)) {
                fields.add(new WeightedField(ContentDocumentBinder.title(language), 2f));
                fields.add(new WeightedField(ContentDocumentBinder.text(language), 1f));
            }
            if (reader.seesInternal()) {
                fields.add(new WeightedField(ContentDocumentBinder.internal(language), 1f));
            }
        }
        return fields;
    }

    private SearchHit hit(Object[] row, String mine, String source) {
        String type = (String) row[0];
        String slug = (String) row[1];
        boolean own = row[2] != null;
        String title = own ? (String) row[2] : (String) row[3];
        String snippet = firstOf((List<?>) (own || mine.equals(source) ? row[4] : row[5]));
        if (snippet.isEmpty()) {
            snippet = abbreviate(firstOf((List<?>) (own ? row[6] : row[7])));
        }
        ContentType contentType = ContentType.valueOf(type);
        return new SearchHit(apiName(contentType), slug, title, snippet, contentType.path() + "/" + slug, own ? mine : source);
    }

    /** The kind as the REST contract names it. */
    public static String apiName(ContentType type) {
        return switch (type) {
            case PARTNER_CITY -> "partner-city";
            case NETWORK -> "network";
            case CONTACT -> "contact";
            case NEWS -> "news";
            case PROGRAMME -> "programme";
            case PAGE -> "page";
        };
    }

    /** The kind for a name of the REST contract. */
    public static Optional<ContentType> typeOf(String apiName) {
        for (ContentType type : ContentType.values()) {
            if (type.searchable() && apiName(type).equals(apiName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static String firstOf(List<?> values) {
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst().toString();
    }

    /** The start of a text as an HTML snippet like the highlighted ones (escaped, no marks). */
    private static String abbreviate(String markdown) {
        String plain = SafeMarkdown.toPlainText(markdown);
        String start = plain.length() <= SNIPPET_LENGTH ? plain : plain.substring(0, SNIPPET_LENGTH).strip() + "…";
        return Entities.escape(start);
    }
}
