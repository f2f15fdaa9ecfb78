package de.heidelberg.partnerportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.security.DirectoryAccountsForTests;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.UserService;
import de.heidelberg.partnerportal.security.UserSummary;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** The user administration shows where an account comes from and offers no password or roles of the directory's. */
@PortalTest
@WithUserDetails("admin")
class DirectoryAccountsAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserService users;

    private String username;

    @BeforeEach
    void aPersonSignedInFromTheDirectory() {
        username = "dir." + UUID.randomUUID().toString().substring(0, 6);
        DirectoryAccountsForTests.signedIn(context, username, "Anna Müller", Set.of(Role.EDITOR));
    }

    @Test
    void theSourceOfEveryAccountIsShown() {
        navigate(UserAdminView.class);
        assertThat(sourceOf(username).getText()).isEqualTo("Verzeichnis");
        assertThat(sourceOf("editor").getText()).isEqualTo("Portal");
        assertThat(header(sourceColumn())).isEqualTo("Herkunft");
    }

    @Test
    void aDirectoryAccountOffersNeitherPasswordNorRolesButCanBeDisabled() {
        navigate(UserAdminView.class);
        assertThat(actionTexts(username))
                .containsExactly("Rollen und Passwort kommen aus dem Verzeichnis", "Sperren")
                .doesNotContain("Passwort zurücksetzen", "Rollen ändern");
        assertThat(actions(username).get(0).isEnabled()).isFalse();
        assertThat(actionTexts("editor")).contains("Rollen ändern", "Passwort zurücksetzen");

        MenuBarTester<MenuBar> menu = test(menuOf(username));
        menu.clickItem(0, 1);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(find(username).enabled()).isFalse();
    }

    @Test
    void theFilterFindsADirectoryAccountByItsEmailAddress() {
        navigate(UserAdminView.class);
        test($(TextField.class).first()).setValue(username + "@heidelberg");
        assertThat(grid().getListDataView().getItems().map(UserSummary::username))
                .containsExactly(username);
    }

    @Test
    void anAccountInNoPortalGroupOfTheDirectorySaysSo() {
        DirectoryAccountsForTests.withdrawn(context, username);
        navigate(UserAdminView.class);
        assertThat(find(username).roles()).isEmpty();
        Component roles = test(grid()).getCellComponent(rowOf(username), 3);
        assertThat(roles.getElement().getTextRecursively()).isEqualTo("in keiner Portalgruppe");
    }

    private Badge sourceOf(String user) {
        return (Badge) test(grid()).getCellComponent(rowOf(user), sourceColumn());
    }

    private int sourceColumn() {
        List<Grid.Column<UserSummary>> columns = grid().getColumns();
        for (int i = 0; i < columns.size(); i++) {
            if ("Herkunft".equals(header(i))) {
                return i;
            }
        }
        throw new AssertionError("no column Herkunft");
    }

    private String header(int column) {
        return grid().getColumns().get(column).getHeaderText();
    }

    private List<MenuItem> actions(String user) {
        return menuOf(user).getItems().getFirst().getSubMenu().getItems();
    }

    private List<String> actionTexts(String user) {
        return actions(user).stream()
                .map(Component::getElement)
                .map(e -> e.getTextRecursively())
                .toList();
    }

    private MenuBar menuOf(String user) {
        return (MenuBar)
                test(grid()).getCellComponent(rowOf(user), grid().getColumns().size() - 1);
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> grid() {
        return $(Grid.class).single();
    }

    private int rowOf(String user) {
        var items = grid().getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).username().equals(user)) {
                return i;
            }
        }
        throw new AssertionError(user + " not in the grid");
    }

    private UserSummary find(String user) {
        return users.findAll().stream()
                .filter(u -> u.username().equals(user))
                .findFirst()
                .orElseThrow();
    }
}
