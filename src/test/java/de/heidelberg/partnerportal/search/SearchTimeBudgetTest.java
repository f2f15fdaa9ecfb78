package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.SignedIn;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every query has a time budget (issue 15: 40 fuzzy words took 11 s and held the server): a search that needs
 * longer than the budget is refused with a message instead of running on; and a query of more words than the
 * limit is refused before it runs.
 */
@PortalTest
class SearchTimeBudgetTest {

    @Autowired
    EntityManager entityManager;

    @Autowired
    SupportedLanguages languages;

    @Autowired
    SearchInsight insight;

    @Autowired
    Clock clock;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSearchLongerThanItsBudgetIsRefusedWithAMessage() {
        assertThat(search(Duration.ofSeconds(30)).total()).isPositive();
        assertThatThrownBy(() -> search(Duration.ofNanos(1)))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessage("search.error.too-slow");
    }

    @Test
    void moreWordsThanTheLimitAreRefusedBeforeTheSearchRuns() {
        String twenty = String.join(" ", Collections.nCopies(SearchService.MAX_WORDS, "Heidelberg"));
        assertThat(SearchService.clean(twenty)).isEqualTo(twenty);
        assertThatThrownBy(() -> SearchService.clean(twenty + " Cambridge"))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessage("search.error.too-many-words");
    }

    /** A search of a common word by a service with this budget (built here: the bean has the configured one). */
    private SearchResult search(Duration budget) {
        SearchService service = new SearchService(entityManager, languages, insight, clock, budget);
        return SignedIn.as(
                "staff",
                "ROLE_STAFF",
                () -> transactions.execute(status -> service.search(
                        "Heidelberg Partnerschaft", readers.current(Locale.GERMAN), 20, Optional.empty())));
    }
}
