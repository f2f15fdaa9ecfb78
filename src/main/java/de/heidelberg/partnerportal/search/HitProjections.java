package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.SafeMarkdown;
import java.util.List;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * What a search reads back from the index per hit, as records, for a reader of language {@code mine};
 * where an item has no title in that language, its version in the {@code source} language is shown.
 * The title and text fields are named by language and declared by {@link ContentDocumentBinder}, so
 * these are composed per query; a {@code @ProjectionConstructor} can only name fixed paths.
 */
record HitProjections(String mine, String source) {

    static final int SNIPPET_LENGTH = 200;

    /** The item: its kind as indexed (the enum constant's name) and its slug. */
    record Item(String type, String slug) {

        SearchHit toHit(String title, String snippet, String language) {
            ContentType kind = ContentType.valueOf(type);
            return new SearchHit(
                    ContentTypeNames.apiName(kind), slug, title, snippet, kind.path() + "/" + slug, language);
        }
    }

    /** An item in one language: its title (null if it has none), marked snippets of the text, the text. */
    record Version(@Nullable String title, List<String> snippets, List<String> texts) {}

    /** A hit of a search: the item in the reader's language and in the source language. */
    record Found(Item item, Version reader, Version source) {}

    /** A suggestion while typing: the item and its titles in the reader's and the source language. */
    record Suggestion(Item item, @Nullable String readerTitle, String sourceTitle) {}

    ProjectionFinalStep<Found> found(SearchProjectionFactory<?, ?> f) {
        // a reader of the source language needs the snippet once (see toHit(Found))
        return f.composite()
                .from(item(f), version(f, mine, true), version(f, source, !source.equals(mine)))
                .as(Found::new);
    }

    ProjectionFinalStep<Suggestion> suggestion(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        item(f),
                        f.field(ContentDocumentBinder.title(mine), String.class),
                        f.field(ContentDocumentBinder.title(source), String.class))
                .as(Suggestion::new);
    }

    /** In the reader's language where the item has a title in it; else in the source language. */
    SearchHit toHit(Found found) {
        boolean own = found.reader().title() != null;
        Version shown = own ? found.reader() : found.source();
        String snippet = firstOf(
                own || mine.equals(source)
                        ? found.reader().snippets()
                        : found.source().snippets());
        if (snippet.isEmpty()) {
            snippet = abbreviate(firstOf(shown.texts()));
        }
        return found.item().toHit(shown.title(), snippet, own ? mine : source);
    }

    SearchHit toHit(Suggestion suggestion) {
        boolean own = suggestion.readerTitle() != null;
        return suggestion
                .item()
                .toHit(own ? suggestion.readerTitle() : suggestion.sourceTitle(), "", own ? mine : source);
    }

    private static ProjectionFinalStep<Item> item(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        f.field(ContentDocumentBinder.TYPE, String.class),
                        f.field(ContentDocumentBinder.SLUG, String.class))
                .as(Item::new);
    }

    private static ProjectionFinalStep<Version> version(
            SearchProjectionFactory<?, ?> f, String language, boolean snippets) {
        ProjectionFinalStep<List<String>> marked =
                snippets ? f.highlight(ContentDocumentBinder.text(language)) : f.constant(List.of());
        return f.composite()
                .from(
                        f.field(ContentDocumentBinder.title(language), String.class),
                        marked,
                        f.field(ContentDocumentBinder.text(language), String.class)
                                .multi())
                .as(Version::new);
    }

    private static String firstOf(List<String> values) {
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    /** The start of a text as an HTML snippet like the highlighted ones (escaped, no marks). */
    private static String abbreviate(String markdown) {
        String plain = SafeMarkdown.toPlainText(markdown);
        String start = plain.length() <= SNIPPET_LENGTH
                ? plain
                : plain.substring(0, SNIPPET_LENGTH).strip() + "…";
        return Entities.escape(start);
    }
}
