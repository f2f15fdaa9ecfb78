package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.stereotype.Component;

/**
 * Turns any content item into one search document: kind, slug, published, year, country, and per
 * content language {@code title_xx}, {@code text_xx} and {@code internal_xx}, each with that
 * language's analyzer (German without compound splitting for queries).
 */
@Component
public class ContentDocumentBinder implements TypeBinder {

    static final String TYPE = "type";
    static final String SLUG = "slug";
    static final String PUBLISHED = "published";
    static final String TRASHED = "trashed";
    static final String PUBLISH_FROM = "publish_from";
    static final String PUBLISH_UNTIL = "publish_until";
    /** The layout the document was written in, see {@link #FORMAT}. */
    static final String INDEX_FORMAT = "index_format";
    /**
     * The item's version ({@code @Version}, raised by every save, trash and restore included) when the document was
     * written: the index check compares it with the database's to find documents that missed a change.
     */
    static final String VERSION = "version";
    /**
     * The layout of the documents, raised whenever a field is added, removed or indexed with other options.
     * An index holding documents of another layout is dropped and rebuilt at start-up, before anything writes
     * to it: older documents would lack what queries filter on, and Lucene refuses to write a field with
     * options other than those the index has for it. 1 (no number): texts with term vectors and a typo copy
     * of all texts; 2: no typo copy (typos are looked for in the language fields); 3: the item's version, stored
     * for the index check.
     */
    static final int FORMAT = 3;
    /** An open publishing period is indexed as running from the epoch to far in the future: filters stay plain ranges. */
    static final Instant ALWAYS_FROM = Instant.EPOCH;

    static final Instant ALWAYS_UNTIL = Instant.parse("9999-12-31T00:00:00Z");
    static final String YEAR = "year";
    static final String COUNTRY = "country";

    private final List<String> languages;

    public ContentDocumentBinder(SupportedLanguages languages) {
        this.languages = languages.all().stream().map(Locale::getLanguage).toList();
    }

    static String title(String language) {
        return "title_" + language;
    }

    static String text(String language) {
        return "text_" + language;
    }

    static String internal(String language) {
        return "internal_" + language;
    }

    @Override
    public void bind(TypeBindingContext context) {
        // changes of these re-index the item by themselves; a service that changes only a text inside a
        // TranslatedText re-indexes the item explicitly (texts have no link back to their item)
        context.dependencies()
                .use("slug")
                .use("published")
                .use("deletedAt")
                .use("publishFrom")
                .use("publishUntil")
                .use("internalNote")
                .use("version");
        IndexSchemaElement schema = context.indexSchemaElement();
        var fields = new Fields(
                schema.field(INDEX_FORMAT, f -> f.asInteger()).toReference(),
                schema.field(VERSION, f -> f.asLong().projectable(Projectable.YES))
                        .toReference(),
                schema.field(
                                TYPE,
                                f -> f.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
                        .toReference(),
                schema.field(SLUG, f -> f.asString().projectable(Projectable.YES))
                        .toReference(),
                schema.field(PUBLISHED, f -> f.asBoolean()).toReference(),
                schema.field(TRASHED, f -> f.asBoolean()).toReference(),
                schema.field(PUBLISH_FROM, f -> f.asInstant()).toReference(),
                schema.field(PUBLISH_UNTIL, f -> f.asInstant()).toReference(),
                schema.field(
                                YEAR,
                                f -> f.asInteger()
                                        .projectable(Projectable.YES)
                                        .aggregable(Aggregable.YES)
                                        .sortable(Sortable.YES))
                        .toReference(),
                schema.field(COUNTRY, f -> f.asString().aggregable(Aggregable.YES))
                        .toReference(),
                new HashMap<>(),
                new HashMap<>(),
                new HashMap<>());
        for (String language : languages) {
            String analyzer = Analyzers.forLanguage(language);
            String queryAnalyzer = Analyzers.queryAnalyzer(analyzer);
            fields.titles.put(
                    language,
                    schema.field(
                                    title(language),
                                    f -> f.asString()
                                            .analyzer(analyzer)
                                            .searchAnalyzer(queryAnalyzer)
                                            .projectable(Projectable.YES))
                            .toReference());
            // only texts give snippets; the fast vector highlighter reads the stored term vectors, which hold the
            // compounds' parts as the index analyser found them ("Urkunde" marks "Einbürgerungsurkunde")
            fields.texts.put(
                    language,
                    schema.field(
                                    text(language),
                                    f -> f.asString()
                                            .analyzer(analyzer)
                                            .searchAnalyzer(queryAnalyzer)
                                            .projectable(Projectable.YES)
                                            .highlightable(List.of(Highlightable.FAST_VECTOR)))
                            .multiValued()
                            .toReference());
            fields.internals.put(
                    language,
                    schema.field(
                                    internal(language),
                                    f -> f.asString().analyzer(analyzer).searchAnalyzer(queryAnalyzer))
                            .multiValued()
                            .toReference());
        }
        context.bridge(ContentEntity.class, new Bridge(fields, languages));
    }

    private record Fields(
            IndexFieldReference<Integer> format,
            IndexFieldReference<Long> version,
            IndexFieldReference<String> type,
            IndexFieldReference<String> slug,
            IndexFieldReference<Boolean> published,
            IndexFieldReference<Boolean> trashed,
            IndexFieldReference<Instant> publishFrom,
            IndexFieldReference<Instant> publishUntil,
            IndexFieldReference<Integer> year,
            IndexFieldReference<String> country,
            Map<String, IndexFieldReference<String>> titles,
            Map<String, IndexFieldReference<String>> texts,
            Map<String, IndexFieldReference<String>> internals) {}

    private record Bridge(Fields fields, List<String> languages) implements TypeBridge<ContentEntity> {

        @Override
        public void write(DocumentElement target, ContentEntity item, TypeBridgeWriteContext context) {
            target.addValue(fields.format(), FORMAT);
            target.addValue(fields.version(), item.getVersion());
            target.addValue(fields.type(), item.contentType().name());
            target.addValue(fields.slug(), item.getSlug());
            target.addValue(fields.published(), item.isPublished());
            target.addValue(fields.trashed(), item.isInTrash());
            target.addValue(fields.publishFrom(), item.getPublishFrom() != null ? item.getPublishFrom() : ALWAYS_FROM);
            target.addValue(
                    fields.publishUntil(), item.getPublishUntil() != null ? item.getPublishUntil() : ALWAYS_UNTIL);
            target.addValue(fields.year(), item.searchYear());
            target.addValue(fields.country(), item.searchCountry());
            Map<String, String> titles =
                    item.searchTitle() == null ? Map.of() : item.searchTitle().texts();
            List<Map<String, String>> texts = item.searchTexts().stream()
                    .filter(Objects::nonNull)
                    .map(TranslatedText::texts)
                    .toList();
            Map<String, String> internal = item.getInternalNote() == null
                    ? Map.of()
                    : item.getInternalNote().texts();
            for (String language : languages) {
                String title = item.searchPlainTitle() != null ? item.searchPlainTitle() : titles.get(language);
                if (title != null) {
                    target.addValue(fields.titles().get(language), title);
                }
                String body = texts.stream()
                        .map(byLanguage -> byLanguage.get(language))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("\n\n"));
                if (!body.isEmpty()) {
                    target.addValue(fields.texts().get(language), body);
                }
                if (internal.get(language) != null) {
                    target.addValue(fields.internals().get(language), internal.get(language));
                }
            }
        }
    }
}
