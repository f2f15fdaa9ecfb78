package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people search for (without who), and the synonym groups editors maintain. Synonyms are read
 * from the database for every query, so a change takes effect at once, on every node.
 */
@Service
public class SearchInsight {

    /** A synonym group as the editor sees it. */
    public record Synonyms(Long id, String terms) {}

    /** A query and how it fared. */
    public record QueryCount(String query, long searches, long lastHits, LocalDate lastSearched) {}

    /** Quotes and operators: the person writes their own query syntax. */
    private static final Pattern OWN_SYNTAX = Pattern.compile("[\"|+*()~]|(^|\\s)-");
    /** Stands for an already widened term while the others are looked for (queries have no control characters). */
    private static final String MARK = "\u0001";

    /** Update, else insert, as often as another search's new row is still uncommitted. */
    private static final int RECORD_ATTEMPTS = 50;

    private final SynonymRepository synonyms;
    private final QueryStatRepository stats;
    private final Clock clock;

    private final TransactionTemplate ownTransaction;

    SearchInsight(
            SynonymRepository synonyms,
            QueryStatRepository stats,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.synonyms = synonyms;
        this.stats = stats;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The query in simple-query-string syntax with every synonym term widened to its group, e.g.
     * {@code twin town Montpellier} → {@code ("twin town" | Partnerstadt | …) Montpellier}. Queries with
     * their own syntax (quotes, operators) stay as they are.
     */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public String expand(String query) {
        if (OWN_SYNTAX.matcher(query).find()) {
            return query;
        }
        List<String> alternatives = new ArrayList<>();
        String marked = query;
        for (SynonymGroup group : synonyms.findAll()) {
            List<String> terms = group.termList().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            for (String term : terms) {
                Matcher matcher = Pattern.compile(
                                "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])")
                        .matcher(marked);
                if (matcher.find()) {
                    alternatives.add(terms.stream()
                            .map(t -> t.contains(" ") ? "\"" + t + "\"" : t)
                            .collect(Collectors.joining(" | ", "(", ")")));
                    marked = matcher.replaceAll(Matcher.quoteReplacement(MARK + (alternatives.size() - 1) + MARK));
                    break;
                }
            }
        }
        String expanded = marked;
        for (int i = 0; i < alternatives.size(); i++) {
            expanded = expanded.replace(MARK + i + MARK, alternatives.get(i));
        }
        return expanded;
    }

    /**
     * Counts a query a person ran; stored in lower case, without the user. Counted by one update statement
     * (so that searches at the same moment all count); the first search of a query adds its row. When
     * another search adds the same row in the same instant (found by the load test: a unique-key error,
     * shown as an error page), this one tries again: the update counts on that row once it is committed,
     * until then the insert fails again. Each step in a transaction of its own; a count is lost only when
     * the row stays unseen for all attempts (never an error for the person searching).
     */
    public void record(String query, long hits) {
        String normalized = query.strip().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock);
        for (int attempt = 0; attempt < RECORD_ATTEMPTS; attempt++) {
            if (counted(normalized, hits, today) || added(normalized, hits, today)) {
                return;
            }
            Thread.onSpinWait();
        }
    }

    private boolean added(String query, long hits, LocalDate today) {
        try {
            Integer added = ownTransaction.execute(status -> stats.add(query, hits, today));
            return added != null && added > 0;
        } catch (DataIntegrityViolationException | ConcurrencyFailureException addedMeanwhile) {
            return false;
        }
    }

    private boolean counted(String query, long hits, LocalDate today) {
        Integer updated = ownTransaction.execute(status -> stats.count(query, hits, today));
        return updated != null && updated > 0;
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public List<QueryCount> frequent(int count) {
        return stats.findAllByOrderBySearchesDescQueryAsc(PageRequest.of(0, count)).stream()
                .map(SearchInsight::view)
                .toList();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public List<QueryCount> withoutResults(int count) {
        return stats.findByLastHitsOrderBySearchesDescQueryAsc(0, PageRequest.of(0, count)).stream()
                .map(SearchInsight::view)
                .toList();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public List<Synonyms> synonyms() {
        return synonyms.findAllByOrderByIdAsc().stream()
                .map(g -> new Synonyms(g.getId(), g.getTerms()))
                .toList();
    }

    /** Creates (id null) or changes a group; at least two terms, separated by commas. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void saveSynonyms(@Nullable Long id, @Nullable String terms) {
        String cleaned = terms == null ? "" : terms.strip();
        SynonymGroup probe = new SynonymGroup(cleaned);
        if (probe.termList().size() < 2 || cleaned.length() > SynonymGroup.MAX_LENGTH) {
            throw new InvalidSearchException("search.synonyms.invalid");
        }
        if (id == null) {
            synonyms.save(probe);
        } else {
            synonyms.findById(id)
                    .orElseThrow(() -> new InvalidSearchException("search.synonyms.gone"))
                    .setTerms(cleaned);
        }
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void deleteSynonyms(Long id) {
        synonyms.deleteById(id);
    }

    private static QueryCount view(QueryStat stat) {
        return new QueryCount(stat.getQuery(), stat.getSearches(), stat.getLastHits(), stat.getLastSearched());
    }
}
