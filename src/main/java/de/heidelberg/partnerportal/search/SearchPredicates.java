package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;

/**
 * The conditions of a search: which fields the words are looked for in and how much each weighs, and what
 * the reader may find. Titles weigh more than texts, the reader's language more than the others.
 */
final class SearchPredicates {

    /**
     * The query syntax readers may use: phrases, prefixes, +, |, -, brackets. Not "word~" (a typo automaton of
     * distance 2 per word and field: 40 of them took 11 s); the typo pass forgives one typo per word instead.
     */
    private static final Set<SimpleQueryFlag> SYNTAX = EnumSet.complementOf(EnumSet.of(SimpleQueryFlag.FUZZY));

    private final SupportedLanguages languages;
    private final Clock clock;

    SearchPredicates(SupportedLanguages languages, Clock clock) {
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * Every word in any language, for both passes on the same fields with the same weights. As typed
     * ({@code typos} false): phrases, prefixes with *, synonyms already widened in {@code words}. With
     * {@code typos}: every word with at most one typo; each language's fields analyse the words as that
     * language does, and the automaton of a word runs over each field's own terms.
     */
    SearchPredicate words(SearchPredicateFactory f, String words, Reader reader, boolean typos) {
        List<WeightedField> fields = fields(reader);
        if (typos) {
            return SearchPredicates.<MatchPredicateFieldMoreStep<?, ?>>weighted(
                            fields,
                            f.match()::field,
                            (step, name) -> step.field(name),
                            (step, boost) -> step.boost(boost))
                    .matching(words)
                    .fuzzy(1, 2)
                    .minimumShouldMatchPercent(100)
                    .toPredicate();
        }
        return SearchPredicates.<SimpleQueryStringPredicateFieldMoreStep<?, ?, ?>>weighted(
                        fields,
                        f.simpleQueryString()::field,
                        (step, name) -> step.field(name),
                        (step, boost) -> step.boost(boost))
                .matching(words)
                .defaultOperator(BooleanOperator.AND)
                .flags(SYNTAX)
                .toPredicate();
    }

    /** Titles in any language with every word of {@code prefixes}, the reader's language weighing more. */
    SearchPredicate titles(SearchPredicateFactory f, String prefixes, Reader reader) {
        var titles = f.simpleQueryString()
                .field(ContentDocumentBinder.title(reader.locale().getLanguage()))
                .boost(2f);
        for (Locale language : languages.all()) {
            titles = titles.field(ContentDocumentBinder.title(language.getLanguage()));
        }
        return titles.matching(prefixes)
                .defaultOperator(BooleanOperator.AND)
                .flags(SYNTAX)
                .toPredicate();
    }

    /**
     * What the reader may find, inside the query so that counts reveal nothing else: never the trash; the
     * office's own records (visits, gifts) only city staff;
     * for all but editors only published items within their publishing period.
     */
    SearchPredicate visibleTo(SearchPredicateFactory f, Reader reader) {
        return f.bool(b -> {
                    b.filter(f.match().field(ContentDocumentBinder.TRASHED).matching(false));
                    if (!reader.seesInternal()) {
                        for (ContentType type : ContentType.values()) {
                            if (type.staffOnly()) {
                                b.mustNot(f.match()
                                        .field(ContentDocumentBinder.TYPE)
                                        .matching(type.name()));
                            }
                        }
                    }
                    if (!reader.seesUnpublished()) {
                        Instant now = clock.instant();
                        b.filter(
                                f.match().field(ContentDocumentBinder.PUBLISHED).matching(true));
                        b.filter(f.range()
                                .field(ContentDocumentBinder.PUBLISH_FROM)
                                .atMost(now));
                        b.filter(f.range()
                                .field(ContentDocumentBinder.PUBLISH_UNTIL)
                                .greaterThan(now));
                    }
                })
                .toPredicate();
    }

    private record WeightedField(String name, float boost) {}

    /**
     * Where words are looked for: titles and texts in every language, titles weighing more, the reader's
     * language most; internal notes only for those who may see them.
     */
    private List<WeightedField> fields(Reader reader) {
        String mine = reader.locale().getLanguage();
        List<WeightedField> fields = new ArrayList<>(List.of(
                new WeightedField(ContentDocumentBinder.title(mine), 6f),
                new WeightedField(ContentDocumentBinder.text(mine), 2f)));
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

    /**
     * The fields in order on a multi-field step, each with its weight (a weight of 1 is left out). The match
     * and simple-query-string steps share no type to add a field through, hence the functions.
     */
    private static <S> S weighted(
            List<WeightedField> fields,
            Function<String, S> first,
            BiFunction<S, String, S> field,
            BiFunction<S, Float, S> boost) {
        S step = boost.apply(
                first.apply(fields.getFirst().name()), fields.getFirst().boost());
        for (WeightedField next : fields.subList(1, fields.size())) {
            step = field.apply(step, next.name());
            if (next.boost() != 1f) {
                step = boost.apply(step, next.boost());
            }
        }
        return step;
    }
}
