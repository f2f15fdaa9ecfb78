package de.heidelberg.partnerportal.city.ui;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.NativeTable;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.city.CompassPoint;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.content.Readers;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The signpost of the partner-city overview: a sign per partner city, pointing the right way. */
@PortalTest
class SignpostTest extends SpringBrowserlessTest {

    private static final Pattern SIGN = Pattern.compile(
            "<g class=\"signpost-sign signpost-(left|right)\" data-direction=\"(\\w+)\">.*?<text[^>]*>([^<]*)</text></g>");

    @Autowired
    CityService cities;

    @Autowired
    Readers readers;

    @Test
    @WithUserDetails("partner")
    void montpellierIsSouthSouthwestOfHeidelberg() {
        CitySummary montpellier = cities.findAll(readers.current(Locale.GERMAN)).stream()
                .filter(city -> city.slug().equals("montpellier"))
                .findFirst()
                .orElseThrow();
        // Heidelberg 49.41° N 8.69° E, Montpellier 43.61° N 3.88° E: initial bearing about 211°
        assertThat(montpellier.bearing()).isBetween(205.0, 213.0);
        assertThat(montpellier.direction()).isEqualTo(CompassPoint.SSW);
        CitySummary hangzhou = cities.findAll(readers.current(Locale.GERMAN)).stream()
                .filter(city -> city.slug().equals("hangzhou"))
                .findFirst()
                .orElseThrow();
        assertThat(hangzhou.direction().pointsRight())
                .as("Hangzhou lies to the east")
                .isTrue();
    }

    @Test
    void compassPointsAreSixteenSectorsCentredOnTheirDirection() {
        assertThat(CompassPoint.of(0)).isEqualTo(CompassPoint.N);
        assertThat(CompassPoint.of(359)).isEqualTo(CompassPoint.N);
        assertThat(CompassPoint.of(11.2)).isEqualTo(CompassPoint.N);
        assertThat(CompassPoint.of(11.3)).isEqualTo(CompassPoint.NNE);
        assertThat(CompassPoint.of(90)).isEqualTo(CompassPoint.E);
        assertThat(CompassPoint.of(202.5)).isEqualTo(CompassPoint.SSW);
        assertThat(CompassPoint.of(270)).isEqualTo(CompassPoint.W);
        assertThat(CompassPoint.SSE.pointsRight()).isTrue();
        assertThat(CompassPoint.S.pointsRight()).isFalse();
        assertThat(CompassPoint.NNW.pointsRight()).isFalse();
    }

    @Test
    @WithUserDetails("partner")
    void theOverviewDrawsOneSignPerPartnerCityWithItsDistanceAndDirection() {
        PartnerCitiesView page = navigateWithLanguage("partner-cities", "fr", PartnerCitiesView.class);
        List<CitySummary> partners = cities.findAll(readers.current(Locale.FRENCH)).stream()
                .filter(city -> city.relation() == RelationType.PARTNERSHIP && city.status() != RelationStatus.FORMER)
                .toList();
        assertThat(partners).hasSize(9);

        Signpost signpost = $(Signpost.class, page).single();
        String svg = $(Svg.class, signpost).single().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=\"signpost-title\">");
        // nothing the page's CSP would refuse: no inline style, no script, no event handler
        assertThat(svg).doesNotContain("style=", "<script").doesNotContainPattern("\\son\\w+=");
        Matcher signs = SIGN.matcher(svg);
        int count = 0;
        while (signs.find()) {
            count++;
            if (signs.group(3).startsWith("Montpellier")) {
                assertThat(signs.group(1)).isEqualTo("left");
                assertThat(signs.group(2)).isEqualTo("SSW");
                assertThat(signs.group(3)).matches("Montpellier – \\d{3} km · SSO");
            }
        }
        assertThat(count).isEqualTo(partners.size());
        assertThat(svg).contains("Montpellier – ");

        NativeTable table = $(NativeTable.class, signpost).single();
        assertThat(table.getClassNames()).contains("visually-hidden");
        assertThat(table.getBody().getChildren()).hasSize(partners.size());
        assertThat(table.getElement().getTextRecursively()).contains("Montpellier", "sud-sud-ouest");
    }

    @Test
    void everyTextIsEscaped() {
        String svg = Signpost.svg(
                List.of(new Signpost.Sign("<script>alert(\"x\")</script> & 'y'", CompassPoint.E)), "a<b\"c");
        assertThat(svg).doesNotContain("<script", "a<b", "\"x\"").contains("&lt;script&gt;", "&amp;", "a&lt;b");
        assertThat(svg.split("<g class=\"signpost-sign", -1)).hasSize(2);
    }
}
