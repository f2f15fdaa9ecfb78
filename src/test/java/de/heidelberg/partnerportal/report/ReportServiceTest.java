package de.heidelberg.partnerportal.report;

import static de.heidelberg.partnerportal.report.ReportFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.visit.VisitDirection;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The report's numbers for a year with known visits: what counts, where, and what is refused. */
@PortalTest
class ReportServiceTest {

    @Autowired
    ReportService reports;

    @Autowired
    Readers readers;

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
    void countsDoneAndConfirmedVisitsOfOneCityThatBeganInTheYear() {
        ActivityReport report = report(String.valueOf(YEAR), "montpellier", null, Locale.GERMAN);

        assertThat(report.visits())
                .extracting(visit -> visit.title().text())
                .containsExactly("Delegation aus Montpellier", "Reise nach Montpellier");
        assertThat(report.cancelled()).extracting(visit -> visit.title().text()).containsExactly("Abgesagter Besuch");
        KeyFigures figures = report.figures();
        assertThat(figures.visits()).isEqualTo(2);
        assertThat(figures.incoming()).isEqualTo(1);
        assertThat(figures.outgoing()).isEqualTo(1);
        assertThat(figures.cancelled()).isEqualTo(1);
        assertThat(figures.namedPeople()).isEqualTo(3);
        assertThat(figures.participants()).as("a group of 5 and one of 4").isEqualTo(9);
        assertThat(figures.countries()).as("France, Poland, Germany").isEqualTo(3);
        assertThat(report.visitsPerMonth(VisitDirection.INCOMING)[2]).isEqualTo(1);
        assertThat(report.visitsPerMonth(VisitDirection.OUTGOING)[5]).isEqualTo(1);
        assertThat(report.visitsPerMonth(VisitDirection.INCOMING)[6])
                .as("cancelled")
                .isZero();
    }

    @Test
    @WithUserDetails("staff")
    void participantsByCountryNamedInTheReadersLanguageWithTheRestOfAGroupUnderThePartnerCitysCountry() {
        ActivityReport report = report(String.valueOf(YEAR), "montpellier", null, Locale.FRENCH);

        // the incoming group of 5 had 2 named: 3 more under France; the outgoing group of 4 had 1 named: 3 unknown
        assertThat(report.countries())
                .containsExactly(
                        new CountryCount("FR", "France", 1, 3),
                        new CountryCount(null, "inconnu", 0, 3),
                        new CountryCount("DE", "Allemagne", 1, 0),
                        new CountryCount("PL", "Pologne", 1, 0));
        assertThat(report.participants())
                .extracting(Participant::town, Participant::name, Participant::country)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Heidelberg", "Anna Beispiel", "Allemagne"),
                        org.assertj.core.groups.Tuple.tuple("Jelenia Góra", "Jerzy Łużniak", "Pologne"),
                        org.assertj.core.groups.Tuple.tuple("Montpellier", "Claire Dubois", "France"));
        assertThat(report.visits().getFirst().title().text()).isEqualTo("Délégation de Montpellier");
    }

    @Test
    @WithUserDetails("editor")
    void theWholeReportCountsEveryCityAndAVisitOnlyInTheYearItBegan() {
        ActivityReport report = report(String.valueOf(YEAR), null, null, Locale.GERMAN);
        assertThat(report.visits())
                .extracting(visit -> visit.title().text())
                .containsExactly("Delegation aus Montpellier", "Reise nach Montpellier", "Studienreise Cambridge");
        assertThat(report.scope().name()).isNull();
        assertThat(report(String.valueOf(YEAR - 1), "cambridge", null, Locale.GERMAN)
                        .visits())
                .extracting(visit -> visit.title().text())
                .containsExactly("Silvester in Cambridge");
        assertThat(report(String.valueOf(YEAR), "cambridge", null, Locale.GERMAN)
                        .figures()
                        .participants())
                .isEqualTo(12);
    }

    @Test
    @WithUserDetails("staff")
    void aNetworkReportHasTheNetworksVisitsAndNoProgrammes() {
        ActivityReport report = report(String.valueOf(YEAR), null, "energy-cities", Locale.ENGLISH);
        assertThat(report.visits()).isEmpty();
        assertThat(report.programmes()).isEmpty();
        assertThat(report.scope().network()).isNotNull();
    }

    @Test
    @WithUserDetails("staff")
    void badInputIsRefusedWithAStatusAndATranslationKey() {
        assertRefused("20x7", null, null, 400, "report.error.year");
        assertRefused("1899", null, null, 400, "report.error.year");
        assertRefused(null, null, null, 400, "report.error.year");
        assertRefused("2037", "atlantis", null, 404, "report.error.city");
        assertRefused("2037", null, "no-network", 404, "report.error.network");
        assertRefused("2037", "montpellier", "energy-cities", 400, "report.error.city-and-network");
    }

    @Test
    @WithUserDetails("partner")
    void partnerCityColleaguesAreRefused() {
        assertThatThrownBy(() -> report(String.valueOf(YEAR), null, null, Locale.FRENCH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.years(readers.current(Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void theYearsOfferedIncludeTheYearsWithVisits() {
        assertThat(reports.years(readers.current(Locale.GERMAN))).contains(YEAR, YEAR - 1);
    }

    private void assertRefused(String year, String city, String network, int status, String key) {
        assertThatThrownBy(() -> report(year, city, network, Locale.GERMAN))
                .isInstanceOfSatisfying(ReportException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(status);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }

    private ActivityReport report(String year, String city, String network, Locale locale) {
        return reports.report(new ReportRequest(year, city, network), readers.current(locale));
    }
}
