package de.heidelberg.partnerportal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.heidelberg.partnerportal.PortalTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * The database statements one navigation costs, counted by Hibernate's statistics: every page a reader
 * opens under load stays within a small, fixed number, whatever the amount of content (a query per
 * item shown, an "N+1", would break the bound as soon as there are more items than the bound). The
 * counts are printed; the load test's report (README "Load") lists them per page.
 */
@PortalTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class QueriesPerNavigationTest extends SpringBrowserlessTest {

    @Autowired
    EntityManagerFactory entityManagers;

    private final Map<String, Long> counted = new LinkedHashMap<>();

    @Test
    @WithUserDetails("partner")
    void aPartnersPagesEachTakeAFewStatements() {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        // the first navigation builds the main layout once for the UI; it is counted on its own
        count(statistics, "", "start page (with the layout)");
        count(statistics, "partner-cities", "partner cities");
        count(statistics, "partner-cities/cambridge", "city page: Cambridge");
        count(statistics, "partner-cities/montpellier", "city page: Montpellier");
        count(statistics, "networks", "networks");
        count(statistics, "networks/energy-cities", "network page");
        count(statistics, "news", "news list");
        count(statistics, "news/jelenia-gora-goldenes-buch", "news item");
        count(statistics, "contacts", "contacts");
        count(statistics, "programmes", "programmes");
        count(statistics, "programmes/international-summer-science-school", "programme page");
        count(statistics, "search?q=Partnerschaft", "search page");
        count(statistics, "", "start page");
        System.out.println("Statements per navigation (partner): " + counted);

        assertThat(counted.get("start page (with the layout)")).isLessThanOrEqualTo(20);
        counted.forEach((page, statements) -> assertThat(statements).as(page).isLessThanOrEqualTo(12));
    }

    @Test
    @WithUserDetails("editor")
    void anEditorsEditorTakesAFewStatements() {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        count(statistics, "", "start page (with the layout)");
        count(statistics, "edit/news/jelenia-gora-goldenes-buch", "news editor");
        count(statistics, "edit/partner-cities/cambridge", "city editor");
        System.out.println("Statements per navigation (editor): " + counted);

        counted.forEach((page, statements) -> assertThat(statements).as(page).isLessThanOrEqualTo(25));
    }

    private void count(Statistics statistics, String route, String name) {
        statistics.clear();
        String[] parts = route.split("[?=]");
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("lang", "en"));
        if (parts.length == 3) {
            parameters.put(parts[1], parts[2]);
        }
        UI ui = UI.getCurrent();
        ui.navigate(parts[0], QueryParameters.simple(parameters));
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(ui.getInternals().getActiveViewLocation().getPath()).isEqualTo(parts[0]);
        counted.put(name, statistics.getPrepareStatementCount());
    }
}
