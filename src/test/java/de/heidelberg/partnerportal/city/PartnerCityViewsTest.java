package de.heidelberg.partnerportal.city;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.city.ui.PartnerCitiesView;
import de.heidelberg.partnerportal.city.ui.PartnerCityView;
import de.heidelberg.partnerportal.contact.ContactCard;
import de.heidelberg.partnerportal.layout.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The partner-city pages as a partner-city colleague and as staff read them. */
@PortalTest
class PartnerCityViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("partner")
    void theOverviewCountsFromTheDataAndGroupsTheRelations() {
        PartnerCitiesView page = navigateWithLanguage("partner-cities", "fr", PartnerCitiesView.class);
        String text = page.getElement().getTextRecursively();
        assertThat(text).contains("8 jumelages actifs, 1 en sommeil · 2 relations d'amitié");
        assertThat(text).contains("Jumelages", "Relations d'amitié", "Anciennes relations", "Mostar", "Royaume-Uni");
        assertThat($(Anchor.class, page).withClassName("card-title").all()).hasSize(12);
        assertThat(text).contains("depuis 28 septembre 2017");
    }

    @Test
    @WithUserDetails("staff")
    void cambridgeShowsFactsFocusAreasAndContacts() {
        PartnerCityView page = navigateWithLanguage("partner-cities/cambridge", "en", PartnerCityView.class);
        assertThat($(H1.class, page).single().getText()).isEqualTo("Cambridge");
        String text = page.getElement().getTextRecursively();
        assertThat(text).contains("United Kingdom", "Town partnership", "1965", "Focus areas of cooperation");
        assertThat($(H3.class, page).all()).extracting(H3::getText).hasSizeGreaterThanOrEqualTo(4);
        assertThat($(ContactCard.class, page).all()).isNotEmpty();
        assertThat(text).contains("Anna Seitz");
    }

    @Test
    @WithUserDetails("partner")
    void montpellierListsItsNews() {
        PartnerCityView page = navigateWithLanguage("partner-cities/montpellier", "fr", PartnerCityView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Depuis1961", "Actualités");
        assertThat($(Anchor.class, page).all()).extracting(Anchor::getHref).anyMatch(href -> href.startsWith("/news/"));
    }

    @Test
    @WithUserDetails("staff")
    void anUnknownCityIsNotFound() {
        navigate("partner-cities/atlantis", NotFoundView.class);
    }
}
