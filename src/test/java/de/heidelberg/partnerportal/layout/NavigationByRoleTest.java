package de.heidelberg.partnerportal.layout;

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

/** Each demo account signs in to the start page and sees only the navigation its role may open. */
@PortalTest
class NavigationByRoleTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void adminSeesUserAdministration() {
        navigate(StartView.class);
        assertThat(navigationLabels()).containsExactly("Start", "Benutzerverwaltung");
    }

    @Test
    @WithUserDetails("editor")
    void editorDoesNotSeeUserAdministration() {
        navigate(StartView.class);
        assertThat(navigationLabels()).containsExactly("Start");
    }

    @Test
    @WithUserDetails("staff")
    void staffSeesTheStartPage() {
        StartView start = navigate(StartView.class);
        assertThat(navigationLabels()).containsExactly("Start");
        assertThat(start.getElement().getTextRecursively()).contains("Willkommen, Demo Staff");
    }

    @Test
    @WithUserDetails("partner")
    void partnerSeesTheStartPage() {
        navigate(StartView.class);
        assertThat(navigationLabels()).containsExactly("Start");
    }

    @Test
    @WithUserDetails("editor")
    void userAdministrationIsRefusedToAnEditorWithATranslatedPage() {
        navigate("admin/users", AccessDeniedView.class);
        assertThat($(UserAdminView.class).exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Kein Zugriff");
    }

    @Test
    @WithUserDetails("partner")
    void userAdministrationIsRefusedToAPartner() {
        navigate("admin/users", AccessDeniedView.class);
        assertThat($(UserAdminView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("staff")
    void anUnknownAddressShowsATranslatedNotFoundPage() {
        NotFoundView page = navigate("no/such/page", NotFoundView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Seite nicht gefunden").contains("/no/such/page");
    }

    @Test
    @WithUserDetails("staff")
    void breadcrumbsLeadFromTheStartPage() {
        navigate(StartView.class);
        assertThat($(MainLayout.class).single().getElement().getTextRecursively()).contains("Start");
    }

    private List<String> navigationLabels() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
