package de.heidelberg.partnerportal.security.ui;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.history.ui.AuditLogView;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import de.heidelberg.partnerportal.security.SecurityAction;
import de.heidelberg.partnerportal.security.SecurityAudit;
import de.heidelberg.partnerportal.security.SignInFailures;
import de.heidelberg.partnerportal.security.SignInLockKind;
import de.heidelberg.partnerportal.security.SignInLockSummary;
import de.heidelberg.partnerportal.security.SignInThrottle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An administrator sees the locked usernames and addresses at /admin/sign-in-locks and ends a lock; the lock
 * and its end are in the audit log's tab of sign-in and account events. Nobody else sees or ends locks.
 */
@PortalTest
@WithUserDetails("admin")
class SignInLockViewTest extends SpringBrowserlessTest {

    @Autowired
    SignInThrottle throttle;

    @Test
    void anAdministratorEndsAUsernamesLockAndFindsLockAndUnlockInTheAuditLog() {
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        String address = randomAddress();
        SignInFailures.fail(throttle, username, address, 5);
        assertThat(SignInFailures.refused(throttle, username, "10.255.0.1")).isTrue();

        SignInLockView view = navigateWithLanguage(SignInLockView.ROUTE, "de", SignInLockView.class);
        assertThat($(Paragraph.class, view).first().getText())
                .contains("Nach 5 falschen Passwörtern für einen Benutzernamen innerhalb von 15 Minuten")
                .contains("Die erste Sperre dauert 1 Minute, jede weitere doppelt so lang, höchstens 1 Stunde.");
        int row = rowOf(username);
        SignInLockSummary locked = grid().getListDataView().getItem(row);
        assertThat(locked.kind()).isEqualTo(SignInLockKind.ACCOUNT);
        assertThat(locked.failures()).isEqualTo(5);
        assertThat(locked.locks()).isEqualTo(1);
        assertThat(locked.lastAddress()).isEqualTo(address);
        assertThat(test(grid()).getCellText(row, 3)).isEqualTo("1");
        assertThat(test(grid()).getCellText(row, 4)).endsWith(" von " + address);
        assertThat(test(grid()).getCellComponent(row, 1).getElement().getTextRecursively())
                .startsWith("gesperrt bis ");

        test((Button) test(grid()).getCellComponent(row, 5)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("„" + username + "“ entsperren?");
        test(confirm).confirm();

        SignInLockSummary unlocked = grid().getListDataView().getItem(rowOf(username));
        assertThat(unlocked.locked()).isFalse();
        assertThat(test(grid())
                        .getCellComponent(rowOf(username), 1)
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("nicht gesperrt");
        assertThat(SignInFailures.refused(throttle, username, "10.255.0.1")).isFalse();

        AuditLogView audit = openSecurityAuditLog();
        assertThat($(TabSheet.class, audit).single().getSelectedIndex()).isEqualTo(1);
        Grid<SecurityAudit.Entry> events = securityEvents(audit);
        List<SecurityAudit.Entry> mine = events.getListDataView()
                .getItems()
                .filter(event -> event.subject().equals(username))
                .toList();
        assertThat(mine)
                .extracting(SecurityAudit.Entry::action, SecurityAudit.Entry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SecurityAction.ACCOUNT_UNLOCKED, "admin"),
                        org.assertj.core.groups.Tuple.tuple(SecurityAction.ACCOUNT_LOCKED, null));
        int unlockRow = events.getListDataView().getItems().toList().indexOf(mine.get(0));
        int lockRow = events.getListDataView().getItems().toList().indexOf(mine.get(1));
        assertThat(test(events).getCellText(unlockRow, 1)).isEqualTo("admin");
        assertThat(test(events).getCellText(unlockRow, 2)).isEqualTo("Benutzername entsperrt");
        assertThat(test(events).getCellText(unlockRow, 5)).startsWith("war gesperrt bis ");
        assertThat(test(events).getCellText(lockRow, 1)).isEqualTo("Portal (automatisch)");
        assertThat(test(events).getCellText(lockRow, 2)).isEqualTo("Benutzername gesperrt");
        assertThat(test(events).getCellText(lockRow, 4)).isEqualTo(address);
        assertThat(test(events).getCellText(lockRow, 5))
                .startsWith("bis ")
                .endsWith(", nach 5 falschen Passwörtern (1. Sperre in Folge)");
    }

    @Test
    void anAddressFailingForTenUsernamesIsListedLockedAndCanBeUnlocked() {
        String address = randomAddress();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (int account = 1; account <= 10; account++) {
            SignInFailures.fail(throttle, "spray-" + account + "-" + suffix, address, 1);
        }
        assertThat(SignInFailures.refused(throttle, "staff", address)).isTrue();

        navigateWithLanguage(SignInLockView.ROUTE, "en", SignInLockView.class);
        int row = rowOf(address);
        assertThat(grid().getListDataView().getItem(row).kind()).isEqualTo(SignInLockKind.ADDRESS);
        assertThat(test(grid()).getCellComponent(row, 0).getElement().getTextRecursively())
                .contains("Address")
                .contains(address);
        assertThat(test(grid()).getCellText(row, 2)).isEqualTo("10");
        test((Button) test(grid()).getCellComponent(row, 5)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(SignInFailures.refused(throttle, "staff", address)).isFalse();

        Grid<SecurityAudit.Entry> events = securityEvents(openSecurityAuditLog());
        List<SecurityAudit.Entry> mine = events.getListDataView()
                .getItems()
                .filter(event -> event.subject().equals(address))
                .toList();
        assertThat(mine)
                .extracting(SecurityAudit.Entry::action)
                .containsExactly(SecurityAction.ADDRESS_UNLOCKED, SecurityAction.ADDRESS_LOCKED);
        assertThat(test(events)
                        .getCellText(
                                events.getListDataView().getItems().toList().indexOf(mine.get(1)), 5))
                .contains("nach 10 falschen Passwörtern für 10 Benutzernamen");
    }

    @Test
    void whatIsNotLockedCannotBeUnlocked() {
        assertThatThrownBy(() -> throttle.unlock(SignInLockKind.ACCOUNT, "nobody-was-locked"))
                .isInstanceOf(de.heidelberg.partnerportal.security.UserAdministrationException.class)
                .hasMessage("sign-in.error.not-locked");
    }

    @Test
    @WithUserDetails("editor")
    void nobodyButAnAdministratorSeesOrEndsLocks() {
        navigateWithLanguage(SignInLockView.ROUTE, "de", AccessDeniedView.class);
        assertThat($(SignInLockView.class).exists()).isFalse();
        assertThatThrownBy(() -> throttle.current()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> throttle.unlock(SignInLockKind.ACCOUNT, "staff"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private AuditLogView openSecurityAuditLog() {
        UI ui = UI.getCurrent();
        ui.navigate("admin/audit", QueryParameters.simple(Map.of("lang", "de", "tab", "security")));
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return (AuditLogView) ui.getInternals().getActiveRouterTargetsChain().getFirst();
    }

    @SuppressWarnings("unchecked")
    private Grid<SecurityAudit.Entry> securityEvents(AuditLogView audit) {
        return $(Grid.class, audit).withClassName("security-audit-grid").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<SignInLockSummary> grid() {
        return $(Grid.class).single();
    }

    private int rowOf(String key) {
        List<SignInLockSummary> items = grid().getListDataView().getItems().toList();
        for (int row = 0; row < items.size(); row++) {
            if (items.get(row).key().equals(key)) {
                return row;
            }
        }
        throw new AssertionError(key + " not in the grid");
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(100, 250) + "." + random.nextInt(250) + "." + random.nextInt(1, 250);
    }
}
