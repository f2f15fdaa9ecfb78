package de.heidelberg.partnerportal.anniversary;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.anniversary.ui.AnniversariesView;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.city.Since;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.home.StartView;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Round anniversaries from the cities' data, for city staff only. */
@PortalTest
class AnniversaryServiceTest extends SpringBrowserlessTest {

    @Autowired
    AnniversaryService anniversaries;

    @Autowired
    Readers readers;

    @Autowired
    Clock clock;

    @Test
    void everyFifthYearFromTheDayOrTheYear() {
        CitySummary since1961 = city("jahrstadt", new Since(1961, null));
        assertThat(AnniversaryService.jubilees(since1961, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .singleElement()
                .satisfies(jubilee -> {
                    assertThat(jubilee.years()).isEqualTo(65);
                    assertThat(jubilee.year()).isEqualTo(2026);
                    assertThat(jubilee.exactDay()).isFalse();
                });
        assertThat(AnniversaryService.jubilees(since1961, LocalDate.of(2027, 1, 1), LocalDate.of(2031, 1, 1)))
                .as("2027 to 2030: none")
                .isEmpty();

        CitySummary signed = city("tagstadt", Since.parse("2017-09-28"));
        // ten years on 28 September 2027, fifteen on 28 September 2032
        assertThat(AnniversaryService.jubilees(signed, LocalDate.of(2026, 12, 1), LocalDate.of(2036, 12, 1)))
                .extracting(Jubilee::years, Jubilee::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(10, LocalDate.of(2027, 9, 28)),
                        org.assertj.core.groups.Tuple.tuple(15, LocalDate.of(2032, 9, 28)));
        assertThat(AnniversaryService.jubilees(signed, LocalDate.of(2027, 9, 29), LocalDate.of(2028, 9, 29)))
                .as("the day has passed")
                .isEmpty();
        assertThat(AnniversaryService.jubilees(
                        city("irgendwann", Since.UNKNOWN), LocalDate.of(2026, 1, 1), LocalDate.of(2036, 1, 1)))
                .isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void montpelliersSixtyFifthIsIn2026AndFormerRelationsHaveNone() {
        List<Jubilee> in2026 = anniversaries.upcoming(readers.current(Locale.GERMAN), LocalDate.of(2026, 1, 1), 12);
        assertThat(in2026)
                .extracting(Jubilee::slug, Jubilee::years)
                .contains(org.assertj.core.groups.Tuple.tuple("montpellier", 65));
        assertThat(in2026).extracting(Jubilee::slug).doesNotContain("cambridge");
        List<Jubilee> decade = anniversaries.upcoming(readers.current(Locale.GERMAN), LocalDate.of(2026, 1, 1), 120);
        assertThat(decade)
                .extracting(Jubilee::slug, Jubilee::years)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("cambridge", 65),
                        org.assertj.core.groups.Tuple.tuple("palo-alto", 10));
        assertThat(decade).isSortedAccordingTo(java.util.Comparator.comparing(Jubilee::year));
    }

    @Test
    @WithUserDetails("partner")
    void partnersGetNoAnniversariesNorThePageNorTheStartPagesSection() {
        assertThatThrownBy(() -> anniversaries.upcoming(readers.current(Locale.GERMAN), LocalDate.of(2026, 1, 1), 12))
                .isInstanceOf(AccessDeniedException.class);
        navigateWithLanguage("anniversaries", "de", AccessDeniedView.class);
        StartView start = navigateWithLanguage("", "de", StartView.class);
        assertThat($(ComingJubilees.class, start).all()).allMatch(section -> !section.isVisible());
        assertThat($(H2.class, start).all()).extracting(H2::getText).doesNotContain("Kommende Jubiläen");
    }

    @Test
    @WithUserDetails("staff")
    void staffSeeTheComingJubileesOnTheStartPageAndTheDecadeByYear() {
        LocalDate today = LocalDate.now(clock.withZone(de.heidelberg.partnerportal.i18n.LocalizedFormats.ZONE));
        List<Jubilee> coming = anniversaries.upcoming(readers.current(Locale.GERMAN), today, ComingJubilees.MONTHS);
        StartView start = navigateWithLanguage("", "de", StartView.class);
        ComingJubilees section = $(ComingJubilees.class, start).single();
        assertThat(section.isVisible()).isTrue();
        assertThat(section.getElement().getTextRecursively()).contains("Kommende Jubiläen");
        assertThat($(JubileeItem.class, section).all()).hasSize(coming.size());

        AnniversariesView page = navigateWithLanguage("anniversaries", "en", AnniversariesView.class);
        List<Jubilee> decade = anniversaries.upcoming(readers.current(Locale.ENGLISH), today, 120);
        assertThat(decade).isNotEmpty();
        assertThat($(H2.class, page).all())
                .extracting(H2::getText)
                .containsExactlyElementsOf(decade.stream()
                        .map(jubilee -> String.valueOf(jubilee.year()))
                        .distinct()
                        .toList());
        assertThat(page.getElement().getTextRecursively()).contains("Montpellier", "years");
    }

    private static CitySummary city(String slug, Since since) {
        return new CitySummary(
                1L,
                slug,
                new LocalizedText(slug, "de", false, false),
                "FR",
                "Frankreich",
                RelationType.PARTNERSHIP,
                RelationStatus.ACTIVE,
                since,
                100,
                180);
    }
}
