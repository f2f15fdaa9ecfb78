package de.heidelberg.partnerportal.layout;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.home.StartView;
import de.heidelberg.partnerportal.security.ui.UserAdminView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each demo account signs in to the start page and sees only the navigation its role may open (in
 * German, chosen explicitly: other tests leave the accounts with other remembered languages).
 */
@PortalTest
class NavigationByRoleTest extends SpringBrowserlessTest {

    private static final String[] READER_SECTIONS = {
        "Start", "Partnerstädte", "Netzwerke", "Ansprechpersonen", "Aktuelles", "Programme"
    };
    /** City staff also plan with the office's records (never partner-city colleagues). */
    private static final String[] STAFF_SECTIONS = with(READER_SECTIONS, "Jubiläen");

    @Test
    @WithUserDetails("admin")
    void adminSeesUserAdministration() {
        navigateWithLanguage("", "de", StartView.class);
        assertThat(navigationLabels())
                .containsExactly(with(
                        "Suchanalyse",
                        "Übersetzungen",
                        "Papierkorb",
                        "Benutzerverwaltung",
                        "API-Tokens",
                        "Anmeldesperren",
                        "Postausgang",
                        "Suchindex",
                        "Änderungsprotokoll",
                        "Datensicherung"));
    }

    @Test
    @WithUserDetails("editor")
    void editorDoesNotSeeUserAdministration() {
        navigateWithLanguage("", "de", StartView.class);
        assertThat(navigationLabels()).containsExactly(with("Suchanalyse", "Übersetzungen", "Papierkorb"));
    }

    @Test
    @WithUserDetails("staff")
    void staffSeesTheStartPage() {
        StartView start = navigateWithLanguage("", "de", StartView.class);
        assertThat(navigationLabels()).containsExactly(STAFF_SECTIONS);
        assertThat(start.getElement().getTextRecursively()).contains("Willkommen, Demo Staff");
    }

    @Test
    @WithUserDetails("translator")
    void aTranslatorReadsAsAPartnerAndSeesTheTranslationsToDo() {
        navigateWithLanguage("", "de", StartView.class);
        assertThat(navigationLabels()).containsExactly(with(READER_SECTIONS, "Übersetzungen"));
    }

    @Test
    @WithUserDetails("partner")
    void partnerSeesTheStartPage() {
        navigateWithLanguage("", "de", StartView.class);
        assertThat(navigationLabels()).containsExactly(READER_SECTIONS);
    }

    @Test
    @WithUserDetails("editor")
    void userAdministrationIsRefusedToAnEditorWithATranslatedPage() {
        navigateWithLanguage("admin/users", "de", AccessDeniedView.class);
        assertThat($(UserAdminView.class).exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Kein Zugriff");
    }

    @Test
    @WithUserDetails("partner")
    void userAdministrationIsRefusedToAPartner() {
        navigateWithLanguage("admin/users", "de", AccessDeniedView.class);
        assertThat($(UserAdminView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("staff")
    void anUnknownAddressShowsATranslatedNotFoundPage() {
        NotFoundView page = navigateWithLanguage("no/such/page", "de", NotFoundView.class);
        assertThat(page.getElement().getTextRecursively())
                .contains("Seite nicht gefunden")
                .contains("/no/such/page");
    }

    @Test
    @WithUserDetails("staff")
    void breadcrumbsLeadFromTheStartPage() {
        navigateWithLanguage("", "de", StartView.class);
        assertThat($(MainLayout.class).single().getElement().getTextRecursively())
                .contains("Start");
    }

    /** City staff's sections and more. */
    private static String[] with(String... more) {
        return with(STAFF_SECTIONS, more);
    }

    private static String[] with(String[] sections, String... more) {
        String[] all = java.util.Arrays.copyOf(sections, sections.length + more.length);
        System.arraycopy(more, 0, all, sections.length, more.length);
        return all;
    }

    private List<String> navigationLabels() {
        return $(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
