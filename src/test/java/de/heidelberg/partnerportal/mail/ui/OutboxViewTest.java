package de.heidelberg.partnerportal.mail.ui;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import de.heidelberg.partnerportal.mail.MailOutbox;
import de.heidelberg.partnerportal.mail.OutboxEntry;
import de.heidelberg.partnerportal.security.InvitationService;
import de.heidelberg.partnerportal.security.MailReport;
import de.heidelberg.partnerportal.security.NewInvitation;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Demo mode keeps mails in the outbox instead of sending them; only administrators read it. */
@PortalTest
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    InvitationService invitations;

    @Test
    @WithUserDetails("admin")
    void demoModeKeepsTheMailWithItsLinkNewestFirst() {
        String username = "ana." + UUID.randomUUID().toString().substring(0, 6);
        InvitationService.Invited invited =
                invitations.invite(new NewInvitation("Ana Ruiz", username + "@example.org", username, "de", Set.of()));
        assertThat(invited.mail().state())
                .as("not sent: no mail server was asked (that would have failed here)")
                .isEqualTo(MailReport.State.KEPT);

        OutboxView view = navigateWithLanguage("admin/outbox", "en", OutboxView.class);
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo((int) outbox.count());
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(username + "@example.org");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Einladung zum Partnerstädte-Portal");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("German");
        assertThat(view.getElement().getTextRecursively())
                .contains("In demo mode the portal sends no mails")
                .contains("Guten Tag Ana Ruiz", "Ihr Benutzername: " + username)
                .contains("not sent (demo)")
                .containsPattern("/password/[A-Za-z0-9_-]{43}\\?lang=de");
    }

    @Test
    @WithUserDetails("editor")
    void anEditorCannotReadTheOutbox() {
        navigateWithLanguage("admin/outbox", "de", AccessDeniedView.class);
        assertThat($(OutboxView.class).exists()).isFalse();
        assertThatThrownBy(() -> outbox.newestFirst(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.count()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite(new NewInvitation("X", "x@example.org", "x1", "de", Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerCannotReadTheOutbox() {
        navigateWithLanguage("admin/outbox", "de", AccessDeniedView.class);
        assertThat($(OutboxView.class).exists()).isFalse();
    }
}
