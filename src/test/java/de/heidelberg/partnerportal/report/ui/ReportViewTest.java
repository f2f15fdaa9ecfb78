package de.heidelberg.partnerportal.report.ui;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static de.heidelberg.partnerportal.report.ReportFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import de.heidelberg.partnerportal.report.ReportFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** The report page: the report chosen in the address, its chart with the same numbers as text, the files. */
@PortalTest
class ReportViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    private ReportFixture fixture;

    @BeforeEach
    void visitsOfTheYear() {
        fixture = new ReportFixture(context).create();
    }

    @AfterEach
    void removeThem() {
        fixture.remove();
    }

    @Test
    @WithUserDetails("staff")
    void showsTheReportOfTheAddressInTheReadersLanguage() {
        navigateWithLanguage("reports", "fr", ReportView.class);
        UI.getCurrent()
                .navigate(
                        "reports", QueryParameters.simple(Map.of("year", String.valueOf(YEAR), "city", "montpellier")));
        ReportView page = (ReportView) getCurrentView();

        assertThat($(H2.class, page).all())
                .extracting(H2::getText)
                .contains("Rapport d'activité " + YEAR + " – Montpellier", "Visites par mois " + YEAR);
        String svg = $(Svg.class, page).single().getElement().getProperty("innerHTML");
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"", "<title id=\"report-chart-title\">Visites par mois " + YEAR + "</title>")
                .contains("<desc id=\"report-chart-desc\">")
                .doesNotContain("<script");
        // the chart's numbers as text: March has one incoming visit, June one outgoing
        NativeTable months = $(NativeTable.class, page).all().stream()
                .filter(table -> table.getCaptionText().equals("Visites par mois sous forme de tableau"))
                .findFirst()
                .orElseThrow();
        String monthsText = months.getElement().getTextRecursively();
        assertThat(monthsText).contains("reçue", "à l'extérieur");
        assertThat(page.getElement().getTextRecursively())
                .contains("Jerzy Łużniak", "Pologne", "Visites annulées (non comptées)", "S'abonner au calendrier")
                .contains("/feeds/calendar.ics?lang=fr&token=<JETON-API>");

        assertThat($(Anchor.class, page).all())
                .filteredOn(anchor -> anchor.getHref().startsWith("/reports/"))
                .extracting(Anchor::getHref)
                .containsExactly(
                        "/reports/" + YEAR + ".pdf?lang=fr&city=montpellier",
                        "/reports/" + YEAR + ".xlsx?lang=fr&city=montpellier");
        assertThat($(Anchor.class, page).all())
                .filteredOn(anchor -> anchor.getHref().startsWith("/reports/"))
                .allSatisfy(anchor -> assertThat(anchor.isRouterIgnore()).isTrue());
    }

    @Test
    @WithUserDetails("editor")
    void badInputInTheAddressIsExplainedNotAnError() {
        navigateWithLanguage("reports", "de", ReportView.class);
        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("year", "zwanzig")));
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Bitte geben Sie ein Jahr zwischen 1900 und 2999 an.");
        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("year", "2025", "network", "nirgendwo")));
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Das Netzwerk „nirgendwo“ gibt es nicht.");
    }

    @Test
    @WithUserDetails("editor")
    void aReportIsForACityOrForANetworkNeverBoth() {
        navigateWithLanguage("reports", "de", ReportView.class);
        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("year", "2025", "city", "montpellier")));
        @SuppressWarnings("unchecked")
        Select<ContentLink> network = $(Select.class).withLabel("Netzwerk").single();
        ContentLink first = network.getListDataView().getItems().findFirst().orElseThrow();
        network.setValue(first);

        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEqualTo(Map.of("year", List.of("2025"), "network", List.of(first.slug())));
        assertThat($(Select.class).withLabel("Partnerstadt").single().getValue())
                .isNull();
    }

    @Test
    @WithUserDetails("partner")
    void partnerCityColleaguesAreRefused() {
        navigateWithLanguage("reports", "fr", AccessDeniedView.class);
        assertThat($(ReportView.class).exists()).isFalse();
    }
}
