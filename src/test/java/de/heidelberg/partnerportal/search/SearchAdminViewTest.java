package de.heidelberg.partnerportal.search;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import de.heidelberg.partnerportal.search.ui.SearchAdminView;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** "Check and repair" on /admin/search: the check runs in the background and the page shows its result. */
@PortalTest
class SearchAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchIndexCheck check;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void checkAndRepairPutsBackALostDocumentAndShowsWhatItDid() throws InterruptedException {
        long network = jdbc.queryForObject("select min(id) from network", Long.class);
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> Search.session(entityManager).indexingPlan().purge("Network", network, null));
        Instant before = Instant.now();

        navigateWithLanguage("admin/search", "de", SearchAdminView.class);
        Button button = $(Button.class).withText("Prüfen und reparieren").single();
        assertThat(button.isEnabled()).isTrue();
        test(button).click();
        awaitCheckAfter(before);

        SearchAdminView view = navigateWithLanguage("admin/search", "en", SearchAdminView.class);
        assertThat(view.getElement().getTextRecursively())
                .contains("Compare the index with the database")
                .containsPattern("Last check: .* – \\d+ items compared with \\d+ documents, 1 repaired"
                        + " \\(1 missing, 0 outdated, 0 left over from deleted items\\)\\.");
        assertThat($(Button.class).withText("Check and repair").single().isEnabled())
                .isTrue();
        navigateWithLanguage("admin/search", "fr", SearchAdminView.class);
        assertThat($(Button.class).withText("Vérifier et réparer").exists()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorCannotOpenIt() {
        navigateWithLanguage("admin/search", "de", AccessDeniedView.class);
        assertThat($(SearchAdminView.class).exists()).isFalse();
    }

    private void awaitCheckAfter(Instant before) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            SearchIndexCheck.Status status = check.currentStatus();
            if (!status.running()
                    && status.last() != null
                    && !status.last().checkedAt().isBefore(before)) {
                assertThat(status.last().repaired()).isOne();
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the check did not end within 30 s");
    }
}
