package de.heidelberg.partnerportal.security.ui;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.mail.MailOutbox;
import de.heidelberg.partnerportal.mail.OutboxEntry;
import de.heidelberg.partnerportal.mail.ui.OutboxView;
import de.heidelberg.partnerportal.security.InvitationService;
import de.heidelberg.partnerportal.security.MailReport;
import de.heidelberg.partnerportal.security.NewInvitation;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.UserService;
import de.heidelberg.partnerportal.security.UserSummary;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An administrator invites a partner colleague from the user list (demo mode: the mail is kept in the outbox,
 * not sent), follows the link shown in the outbox like a tester would, and the colleague chooses a password.
 */
@PortalTest
@WithUserDetails("admin")
class InvitationViewTest extends SpringBrowserlessTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/(password/[A-Za-z0-9_-]{43})\\?lang=fr");
    private static final String GOOD_PASSWORD = "Pont Saint-Esprit 1226";

    @Autowired
    UserService users;

    @Autowired
    InvitationService invitations;

    @Autowired
    MailOutbox outbox;

    @Test
    void anInvitedPartnerSetsAPasswordFromTheLinkInTheOutbox() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String email = "Claire.Dubois." + unique + "@Montpellier.example";
        String username = "claire.dubois." + unique;
        navigateWithLanguage("admin/users", "de", UserAdminView.class);
        test($(Button.class)
                        .withText("Partnerstadt-Kollegin/-Kollegen einladen")
                        .single())
                .click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Name").single()).setValue("Claire Dubois");
        test($(EmailField.class, dialog).withLabel("E-Mail-Adresse").single()).setValue(email);
        assertThat($(TextField.class, dialog).withLabel("Benutzername").single().getValue())
                .as("proposed from the address")
                .isEqualTo(username);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> language = $(RadioButtonGroup.class, dialog)
                .withLabel("Sprache der Einladung")
                .single();
        test(language).selectItem("Français");
        test($(RoleSelect.class, dialog).single()).selectItem(roleLabel(Role.TRANSLATOR));
        test($(TranslationLanguageSelect.class, dialog).single()).selectItem("Französisch");
        test($(Button.class, dialog).withText("Speichern").single()).click();

        assertThat($(Dialog.class).exists()).as("dialog closed").isFalse();
        assertThat($(Notification.class).last().getElement().getTextRecursively())
                .contains("Im Demo-Betrieb werden E-Mails nicht versendet");
        UserSummary invited = row(username);
        assertThat(invited.invitationPending()).isTrue();
        assertThat(invited.email()).isEqualTo(email.toLowerCase(java.util.Locale.ROOT));
        assertThat(invited.roles()).containsExactlyInAnyOrder(Role.PARTNER, Role.TRANSLATOR);
        assertThat(test(grid()).getCellText(rowIndex(username), 5)).isEqualTo("eingeladen");

        // the outbox shows the newest mail, in French, with its link clickable
        navigateWithLanguage("admin/outbox", "de", OutboxView.class);
        OutboxEntry newest = outbox.newestFirst(0, 1).getFirst();
        assertThat(newest.state()).isEqualTo(MailReport.State.KEPT);
        assertThat(newest.recipient()).isEqualTo(invited.email());
        assertThat(newest.subject()).isEqualTo("Invitation au Portail des villes partenaires");
        Anchor link = $(Anchor.class)
                .withCondition(anchor -> anchor.getHref().contains("/password/"))
                .single();
        Matcher path = LINK.matcher(link.getHref());
        assertThat(path.matches()).as(link.getHref()).isTrue();
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");

        SetPasswordView page = navigateWithLanguage(path.group(1), "fr", SetPasswordView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Bienvenue, Claire Dubois !");
        assertThat($(TextField.class, page)
                        .withLabel("Nom d'utilisateur")
                        .single()
                        .getValue())
                .isEqualTo(username);
        fillPasswords(page, "motdepasse12", "motdepasse12");
        test($(Button.class, page).withText("Enregistrer le mot de passe").single())
                .click();
        assertThat($(PasswordField.class, page).first().getErrorMessage()).contains("trop facile à deviner");

        fillPasswords(page, GOOD_PASSWORD, GOOD_PASSWORD);
        test($(Button.class, page).withText("Enregistrer le mot de passe").single())
                .click();
        assertThat(page.getElement().getTextRecursively())
                .contains("Mot de passe enregistré", "« " + username + " »")
                .as("the administrator is still signed in in this browser")
                .contains("Se déconnecter et se connecter en tant que « " + username + " »");
        UserSummary accepted = find(username);
        assertThat(accepted.enabled()).isTrue();
        assertThat(accepted.invitationPending()).isFalse();

        // the same link again
        SetPasswordView again = navigateWithLanguage(path.group(1), "de", SetPasswordView.class);
        assertThat(again.getElement().getTextRecursively())
                .contains("Dieser Link funktioniert nicht", "wurde schon benutzt");
        assertThat($(PasswordField.class, again).exists()).isFalse();
    }

    @Test
    void aMissingAddressOrLanguageIsExplainedAndATakenAddressRefused() {
        navigateWithLanguage("admin/users", "de", UserAdminView.class);
        test($(Button.class)
                        .withText("Partnerstadt-Kollegin/-Kollegen einladen")
                        .single())
                .click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Name").single()).setValue("Someone");
        test($(Button.class, dialog).withText("Speichern").single()).click();
        assertThat($(Dialog.class).exists()).isTrue();
        assertThat($(EmailField.class, dialog).single().isInvalid()).isTrue();
        assertThat($(RadioButtonGroup.class, dialog).single().getErrorMessage())
                .isEqualTo("Bitte wählen Sie die Sprache der Einladung.");

        test($(EmailField.class, dialog).single()).setValue("partner@montpellier.example");
        test($(TextField.class, dialog).withLabel("Benutzername").single())
                .setValue("someone." + UUID.randomUUID().toString().substring(0, 6));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> language = $(RadioButtonGroup.class, dialog).single();
        test(language).selectItem("English");
        test($(Button.class, dialog).withText("Speichern").single()).click();
        assertThat($(Paragraph.class, dialog)
                        .withClassName("form-error")
                        .single()
                        .getText())
                .isEqualTo("Die E-Mail-Adresse „partner@montpellier.example“ gehört schon zu einem anderen Konto.");
    }

    @Test
    void anInvitationIsSentAgainOrWithdrawnFromTheList() {
        String username = "ben." + UUID.randomUUID().toString().substring(0, 6);
        invitations.invite(new NewInvitation("Ben Carter", username + "@cambridge.example", username, "en", Set.of()));
        String firstLink = outbox.newestFirst(0, 1).getFirst().text();
        navigateWithLanguage("admin/users", "de", UserAdminView.class);

        actionsOf(username).clickItem(0, 1);
        assertThat($(Notification.class).last().getElement().getTextRecursively())
                .contains("Einladung an " + username + "@cambridge.example angelegt");
        String secondLink = outbox.newestFirst(0, 1).getFirst().text();
        assertThat(secondLink).isNotEqualTo(firstLink);
        assertThat(refusalOf(firstLink)).contains("neuerer Link");

        navigateWithLanguage("admin/users", "de", UserAdminView.class);
        actionsOf(username).clickItem(0, 2);
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(users.findAll()).extracting(UserSummary::username).doesNotContain(username);
        assertThat(refusalOf(secondLink)).contains("kennt das Portal nicht");
    }

    @Test
    void theAdministratorChangesAnAddress() {
        navigateWithLanguage("admin/users", "de", UserAdminView.class);
        actionsOf("staff").clickItem(0, 3);
        Dialog dialog = $(Dialog.class).single();
        EmailField email = $(EmailField.class, dialog).single();
        assertThat(email.getValue()).isEqualTo("staff@heidelberg.example");
        test(email).setValue("kein-at-zeichen");
        test($(Button.class, dialog).withText("Speichern").single()).click();
        assertThat(email.getErrorMessage()).startsWith("Bitte geben Sie eine gültige E-Mail-Adresse ein");
        test(email).setValue("Staff.Office@Heidelberg.example");
        test($(Button.class, dialog).withText("Speichern").single()).click();
        assertThat(find("staff").email()).isEqualTo("staff.office@heidelberg.example");
        users.changeEmail("staff", "staff@heidelberg.example");
    }

    private String refusalOf(String mailText) {
        Matcher link = Pattern.compile("/(password/[A-Za-z0-9_-]{43})").matcher(mailText);
        assertThat(link.find()).isTrue();
        return navigateWithLanguage(link.group(1), "de", SetPasswordView.class)
                .getElement()
                .getTextRecursively();
    }

    private void fillPasswords(SetPasswordView page, String password, String confirmation) {
        var fields = $(PasswordField.class, page).all();
        test(fields.get(0)).setValue(password);
        test(fields.get(1)).setValue(confirmation);
    }

    private MenuBarTester<MenuBar> actionsOf(String username) {
        return test((MenuBar) test(grid())
                .getCellComponent(rowIndex(username), grid().getColumns().size() - 1));
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> grid() {
        return $(Grid.class).single();
    }

    private UserSummary row(String username) {
        return grid().getListDataView()
                .getItems()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " not in the list"));
    }

    private int rowIndex(String username) {
        var items = grid().getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " not in the grid");
    }

    private UserSummary find(String username) {
        return users.findAll().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static String roleLabel(Role role) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(role.labelKey()) + " – " + ui.getTranslation(role.labelKey() + ".hint");
    }
}
