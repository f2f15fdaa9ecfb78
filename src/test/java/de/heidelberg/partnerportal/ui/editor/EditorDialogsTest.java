package de.heidelberg.partnerportal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.city.CityEdit;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.StaleEditException;
import de.heidelberg.partnerportal.news.NewsEdit;
import de.heidelberg.partnerportal.presence.EditMarks;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The parts of the editor frame on their own: the conflict and trash dialogs and who else is editing. */
@PortalTest
class EditorDialogsTest extends SpringBrowserlessTest {

    @Autowired
    EditMarks marks;

    private final AtomicInteger reloaded = new AtomicInteger();
    private final AtomicInteger overwritten = new AtomicInteger();

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theConflictDialogSaysWhoChangedWhatAndOffersTheirVersionOrMineOverIt() {
        ConflictDialog dialog = new ConflictDialog(
                new StaleEditException("admin", Instant.parse("2026-03-01T10:15:00Z")),
                List.of(NewsEdit.TEASER, CityEdit.FOCUS_TITLE.at(1)),
                reloaded::incrementAndGet,
                overwritten::incrementAndGet);
        dialog.open();
        roundTrip();

        String text = dialog.getElement().getTextRecursively();
        assertThat(text)
                .contains("admin saved this item after you opened it", "What they changed:", "Teaser", "Focus area 2");
        test(dialog).reject();
        assertThat(reloaded).hasValue(1);
        ConflictDialog again = new ConflictDialog(
                new StaleEditException("admin", Instant.now()),
                List.of(),
                reloaded::incrementAndGet,
                overwritten::incrementAndGet);
        again.open();
        roundTrip();
        test(again).confirm();
        assertThat(overwritten).hasValue(1);
    }

    @Test
    void withoutAStoredVersionTheConflictDialogOnlyExplains() {
        ConflictDialog dialog = new ConflictDialog(
                new StaleEditException(null, null), null, reloaded::incrementAndGet, overwritten::incrementAndGet);
        dialog.open();
        roundTrip();

        assertThat(dialog.getElement().getTextRecursively())
                .contains("Someone saved this item after you opened it")
                .doesNotContain("What they changed");
        test(dialog).confirm();
        assertThat(overwritten).hasValue(0);
        assertThat(reloaded).hasValue(0);
    }

    @Test
    void theTrashDialogNamesTheItemAndTrashesOnlyWhenConfirmed() {
        AtomicInteger trashed = new AtomicInteger();
        TrashDialog dialog = new TrashDialog("Heidelberg in Montpellier", trashed::incrementAndGet);
        dialog.open();
        roundTrip();

        assertThat(test(dialog).getText()).contains("“Heidelberg in Montpellier” disappears");
        test(dialog).cancel();
        assertThat(trashed).hasValue(0);
        dialog.open();
        roundTrip();
        test(dialog).confirm();
        assertThat(trashed).hasValue(1);
    }

    @Test
    @WithUserDetails("editor")
    void thePresenceIndicatorMarksTheItemForOthersAndShowsTheirMarks() {
        PresenceIndicator presence = new PresenceIndicator(marks, ContentType.NEWS);
        UI.getCurrent().add(presence);
        presence.watch("some-item");
        assertThat(presence.isVisible()).isFalse();

        var editor = SecurityContextHolder.getContext().getAuthentication();
        signIn("admin");
        assertThat(marks.mark(ContentType.NEWS, "some-item"))
                .extracting(EditMarks.Mark::username)
                .containsExactly("editor");
        SecurityContextHolder.getContext().setAuthentication(editor);

        presence.watch("some-item");
        assertThat(presence.isVisible()).isTrue();
        assertThat(presence.getElement().getTextRecursively()).contains("admin is also editing this item");

        UI.getCurrent().remove(presence);
        signIn("admin");
        assertThat(marks.mark(ContentType.NEWS, "some-item")).isEmpty();
        marks.release(ContentType.NEWS, "some-item");
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_STAFF")));
    }
}
