package de.heidelberg.partnerportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.security.NewUser;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.UserService;
import de.heidelberg.partnerportal.security.UserSummary;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** An administrator lists, creates, re-roles, resets and disables users in the browser. */
@PortalTest
@WithUserDetails("admin")
class UserAdminViewTest extends SpringBrowserlessTest {

    private static final String GOOD_PASSWORD = "Neckarbrücke im Nebel";

    @Autowired
    UserService users;

    @Test
    void listsTheDemoAccounts() {
        navigate(UserAdminView.class);
        Grid<UserSummary> grid = grid();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(4);
        assertThat(grid.getListDataView().getItems().map(UserSummary::username))
                .contains("admin", "editor", "staff", "partner");
    }

    @Test
    void createsAUserWithRoles() {
        String username = unique("anna");
        Dialog dialog = fillNewUserDialog(username, "Anna Seitz", GOOD_PASSWORD);
        test($(RoleSelect.class, dialog).single()).selectItem(roleLabel("EDITOR"));
        test($(Button.class, dialog).withText("Speichern").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        UserSummary created = find(username);
        assertThat(created.displayName()).isEqualTo("Anna Seitz");
        assertThat(created.roles()).contains(Role.EDITOR);
        assertThat(created.enabled()).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedWithATranslatedMessageAndNothingIsLost() {
        String username = unique("weak");
        Dialog dialog = fillNewUserDialog(username, "Weak Password", "password1234");
        PasswordField password =
                $(PasswordField.class, dialog).withLabel("Passwort").single();
        test($(Button.class, dialog).withText("Speichern").single()).click();

        assertThat($(Dialog.class).exists()).as("dialog stays open").isTrue();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("zu leicht zu erraten");
        assertThat($(TextField.class, dialog).withLabel("Name").single().getValue())
                .isEqualTo("Weak Password");
        assertThat(users.findAll()).extracting(UserSummary::username).doesNotContain(username);
    }

    @Test
    void aTakenUsernameIsExplainedInTheDialog() {
        Dialog dialog = fillNewUserDialog("editor", "Second Editor", GOOD_PASSWORD);
        test($(Button.class, dialog).withText("Speichern").single()).click();

        assertThat($(Paragraph.class, dialog)
                        .withClassName("form-error")
                        .single()
                        .getText())
                .isEqualTo("Den Benutzernamen „editor“ gibt es schon.");
    }

    @Test
    void changesRolesResetsThePasswordAndDisables() {
        String username = unique("bob");
        users.create(new NewUser(username, "Bob", EnumSet.of(Role.STAFF), GOOD_PASSWORD));
        navigate(UserAdminView.class);
        int row = rowOf(username);

        actionsOf(row).clickItem(0, 0);
        Dialog roles = $(Dialog.class).single();
        test($(RoleSelect.class, roles).single()).selectItem(roleLabel("PARTNER"));
        test($(RoleSelect.class, roles).single()).deselectItem(roleLabel("STAFF"));
        test($(Button.class, roles).withText("Speichern").single()).click();
        assertThat(find(username).roles()).containsExactly(Role.PARTNER);

        actionsOf(rowOf(username)).clickItem(0, 1);
        Dialog password = $(Dialog.class).single();
        test($(PasswordField.class, password).withLabel("Passwort").single()).setValue("tulpe-Zebra-Akku-47");
        test($(PasswordField.class, password).withLabel("Passwort wiederholen").single())
                .setValue("tulpe-Zebra-Akku-47");
        test($(Button.class, password).withText("Speichern").single()).click();
        assertThat($(Dialog.class).exists()).isFalse();

        actionsOf(rowOf(username)).clickItem(0, 2);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(find(username).enabled()).isFalse();
    }

    @Test
    void theAdminCannotDisableThemself() {
        navigate(UserAdminView.class);
        actionsOf(rowOf("admin")).clickItem(0, 2);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(find("admin").enabled()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void theServiceRefusesNonAdminsEvenWithoutTheView() {
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled("staff", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new NewUser("x1", "X", EnumSet.of(Role.ADMIN), GOOD_PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Opens "new user" and fills it in (the default role STAFF stays selected). */
    private Dialog fillNewUserDialog(String username, String name, String password) {
        navigate(UserAdminView.class);
        test($(Button.class).withText("Neuer Benutzer").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Benutzername").single()).setValue(username);
        test($(TextField.class, dialog).withLabel("Name").single()).setValue(name);
        test($(PasswordField.class, dialog).withLabel("Passwort").single()).setValue(password);
        test($(PasswordField.class, dialog).withLabel("Passwort wiederholen").single())
                .setValue(password);
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> grid() {
        return $(Grid.class).single();
    }

    private int rowOf(String username) {
        var items = grid().getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " not in the grid");
    }

    private com.vaadin.flow.component.menubar.MenuBarTester<MenuBar> actionsOf(int row) {
        var cell = test(grid()).getCellComponent(row, grid().getColumns().size() - 1);
        return test((MenuBar) cell);
    }

    private UserSummary find(String username) {
        return users.findAll().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private String roleLabel(String role) {
        return getTranslation("role." + role) + " – " + getTranslation("role." + role + ".hint");
    }

    private static String getTranslation(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 6);
    }
}
