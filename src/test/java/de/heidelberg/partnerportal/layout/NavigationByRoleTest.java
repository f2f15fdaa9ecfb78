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

    /** The office's own records, for city staff only: never in a partner's navigation. */
    private static final String[] STAFF_RECORDS = {"Besuche", "Geschenke", "Jubiläen", "Tätigkeitsbericht"};

    @Test
    @WithUserDetails("admin")
    void adminSeesUserAdministration() {
        navigateWithLanguage("", "de", StartView.class);
        assertThat(navigationLabels())
                .containsExactly(withStaff(
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
        assertThat(navigationLabels()).containsExactly(withStaff("Suchanalyse", "Übersetzungen", "Papierkorb"));
    }

    @Test
    @WithUserDetails("staff")
    void staffSeesTheStartPage() {
        StartView start = navigateWithLanguage("", "de", StartView.class);
        assertThat(navigationLabels()).containsExactly(withStaff());
        assertThat(start.getElement().getTextRecursively()).contains("Willkommen, Demo Staff");
    }

    @Test
    @WithUserDetails("translator")
    void aTranslatorReadsAsAPartnerAndSeesTheTranslationsToDo() {
        navigateWithLanguage("", "de", StartView.class);
        assertThat(navigationLabels()).containsExactly(with("Übersetzungen"));
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

    private static String[] withStaff(String... more) {
        String[] records = with(STAFF_RECORDS);
        String[] all = java.util.Arrays.copyOf(records, records.length + more.length);
        System.arraycopy(more, 0, all, records.length, more.length);
        return all;
    }

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(READER_SECTIONS, READER_SECTIONS.length + more.length);
        System.arraycopy(more, 0, all, READER_SECTIONS.length, more.length);
        return all;
    }

    private List<String> navigationLabels() {
        return $(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
