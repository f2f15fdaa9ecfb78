package de.heidelberg.partnerportal.security.ui;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.ApiTokenState;
import de.heidelberg.partnerportal.security.ApiTokenSummary;
import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.UserAdministrationException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** An administrator creates API tokens (each shown once), sees their state and revokes them; nobody else can. */
@PortalTest
@WithUserDetails("admin")
class ApiTokenAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createsATokenAndShowsItOnlyOnce() {
        String name = unique("Intranet-Suche");
        Dialog dialog = openNewTokenDialog();
        test($(TextField.class, dialog).withLabel("Name").single()).setValue(name);
        test(roleSelect(dialog)).selectItem(roleLabel(Role.STAFF));
        test($(Button.class, dialog).withText("Speichern").single()).click();

        TokenCreatedDialog shown = $(TokenCreatedDialog.class).single();
        String token = $(TextField.class, shown).single().getValue();
        assertThat(token).matches("pp_[A-Za-z0-9_-]{43}");
        assertThat(shown.getElement().getTextRecursively()).contains("nur dieses eine Mal angezeigt");
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where token_hash = ?", Long.class, sha256(token)))
                .isOne();

        ApiTokenSummary listed = rowNamed(name);
        assertThat(listed.role()).isEqualTo(Role.STAFF);
        assertThat(listed.state()).isEqualTo(ApiTokenState.ACTIVE);
        assertThat(listed.prefix()).isEqualTo(token.substring(0, 9));
        assertThat(listed.createdBy()).isEqualTo("admin");
        assertThat(listed.lastUsedAt()).isNull();
        // 90 days unless chosen otherwise; the token stops working at the start of that day
        assertThat(listed.expiresAt()
                        .atZone(de.heidelberg.partnerportal.i18n.LocalizedFormats.ZONE)
                        .toLocalDate())
                .isEqualTo(tokens.today().plusDays(90));

        test($(Button.class, shown).withText("Fertig, Token kopiert").single()).click();
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .as("the token is nowhere on the page any more")
                .doesNotContain(token.substring(9));
        int row = rowIndexOf(name);
        assertThat(test(grid()).getCellText(row, 1)).isEqualTo("Stadtverwaltung");
        assertThat(test(grid()).getCellText(row, 4)).as("last used").isEqualTo("noch nie");
    }

    @Test
    void aMissingNameAndADayTooFarAheadAreExplainedAndNothingIsCreated() {
        long before = countTokens();
        Dialog dialog = openNewTokenDialog();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<NewTokenForm.Expiry> expiry =
                $(RadioButtonGroup.class, dialog).withLabel("Gültigkeit").single();
        test(expiry).selectItem("bis zu einem Tag, den ich wähle");
        DatePicker day = $(DatePicker.class, dialog).single();
        assertThat(day.isVisible()).isTrue();
        day.setValue(tokens.today().plusDays(ApiTokenService.MAX_DAYS + 1));
        test($(Button.class, dialog).withText("Speichern").single()).click();

        assertThat($(Dialog.class).exists()).as("dialog stays open").isTrue();
        TextField name = $(TextField.class, dialog).withLabel("Name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage())
                .isEqualTo("Bitte wählen Sie einen Tag nach heute, höchstens 365 Tage im Voraus.");

        test(name).setValue(unique("Jahresbericht"));
        day.setValue(tokens.today().plusDays(ApiTokenService.MAX_DAYS));
        test($(Button.class, dialog).withText("Speichern").single()).click();
        assertThat($(TokenCreatedDialog.class).exists()).isTrue();
        assertThat(countTokens()).isEqualTo(before + 1);
    }

    @Test
    void revokesATokenAfterConfirmation() {
        String name = unique("Feed-Leser");
        long id = tokens.create(
                        new NewApiToken(name, Role.PARTNER, tokens.today().plusDays(30)))
                .summary()
                .id();
        navigateWithLanguage("admin/tokens", "de", ApiTokenAdminView.class);

        test(revokeButtonOf(name)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).contains(name);
        test(confirm).confirm();

        ApiTokenSummary revoked = rowNamed(name);
        assertThat(revoked.id()).isEqualTo(id);
        assertThat(revoked.state()).isEqualTo(ApiTokenState.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo("admin");
        assertThat(revoked.revokedAt()).isNotNull();
    }

    @Test
    void theServiceRefusesWhatTheDialogWouldNotSend() {
        LocalDate today = tokens.today();
        assertRefused(new NewApiToken("  ", Role.STAFF, today.plusDays(1)), "tokens.error.name");
        assertRefused(new NewApiToken("x".repeat(101), Role.STAFF, today.plusDays(1)), "tokens.error.name");
        // an administrator's token (for the backup's script addresses) may be made; an editor's never
        assertRefused(new NewApiToken("Editor-Token", Role.EDITOR, today.plusDays(1)), "tokens.error.role");
        assertRefused(new NewApiToken("Heute", Role.STAFF, today), "tokens.error.expiry");
        assertRefused(new NewApiToken("Gestern", Role.STAFF, today.minusDays(1)), "tokens.error.expiry");
        assertRefused(new NewApiToken("Zu lang", Role.STAFF, today.plusDays(366)), "tokens.error.expiry");
        assertThatThrownBy(() -> tokens.revoke(Long.MAX_VALUE))
                .isInstanceOf(UserAdministrationException.class)
                .hasMessage("tokens.error.not-found");
    }

    @Test
    @WithUserDetails("editor")
    void nobodyButAnAdministratorManagesTokens() {
        navigateWithLanguage("admin/tokens", "de", AccessDeniedView.class);
        assertThat($(ApiTokenAdminView.class).exists()).isFalse();
        assertThatThrownBy(() -> tokens.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.create(
                        new NewApiToken("x", Role.STAFF, tokens.today().plusDays(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.revoke(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void cityStaffCannotOpenTheTokens() {
        navigateWithLanguage("admin/tokens", "de", AccessDeniedView.class);
        assertThat($(ApiTokenAdminView.class).exists()).isFalse();
    }

    private Dialog openNewTokenDialog() {
        navigateWithLanguage("admin/tokens", "de", ApiTokenAdminView.class);
        test($(Button.class).withText("Neuer Token").single()).click();
        return $(Dialog.class).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Role> roleSelect(Dialog dialog) {
        return $(RadioButtonGroup.class, dialog).withLabel("Rolle").single();
    }

    private static String roleLabel(Role role) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(role.labelKey()) + " – "
                + ui.getTranslation(role == Role.ADMIN ? "tokens.role.ADMIN.hint" : role.labelKey() + ".hint");
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenSummary> grid() {
        return $(Grid.class).single();
    }

    private ApiTokenSummary rowNamed(String name) {
        return grid().getListDataView()
                .getItems()
                .filter(token -> token.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the grid"));
    }

    private Button revokeButtonOf(String name) {
        return (Button) test(grid())
                .getCellComponent(rowIndexOf(name), grid().getColumns().size() - 1);
    }

    private int rowIndexOf(String name) {
        var items = grid().getListDataView().getItems().toList();
        for (int row = 0; row < items.size(); row++) {
            if (items.get(row).name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " not in the grid");
    }

    private void assertRefused(NewApiToken request, String messageKey) {
        assertThatThrownBy(() -> tokens.create(request))
                .isInstanceOf(UserAdministrationException.class)
                .hasMessage(messageKey);
    }

    private long countTokens() {
        return jdbc.queryForObject("select count(*) from api_token", Long.class);
    }

    private static String sha256(String token) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
