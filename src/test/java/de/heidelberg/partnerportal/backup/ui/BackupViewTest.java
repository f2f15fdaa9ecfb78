package de.heidelberg.partnerportal.backup.ui;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.backup.BackupJob;
import de.heidelberg.partnerportal.backup.BackupService;
import de.heidelberg.partnerportal.backup.StoredBackup;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The backup page: a backup made with its progress and offered for download; restoring only into an empty portal. */
@PortalTest
class BackupViewTest extends SpringBrowserlessTest {

    @Autowired
    BackupService backups;

    @Test
    @WithUserDetails("admin")
    void anAdministratorMakesABackupAndGetsItsDownload() throws Exception {
        BackupView view = navigateWithLanguage("admin/backup", "en", BackupView.class);
        assertThat(view.getElement().getTextRecursively())
                .contains("Download a backup", "Backups on the server", "Restore a backup")
                .contains("Restoring is only possible into an empty portal");
        assertThat($(Upload.class).exists()).as("no restore into a full portal").isFalse();

        test($(Button.class).withText("Make a backup now").single()).click();
        BackupJob job = finished();
        assertThat(job.state()).isEqualTo(BackupJob.State.DONE);
        poll();

        StoredBackup written = job.file();
        assertThat(written).isNotNull();
        assertThat(view.getElement().getTextRecursively())
                .containsPattern("Backup done: [\\d,.]+ rows and [\\d,.]+ files\\.");
        Anchor download = $(Anchor.class).withClassName("backup-download").single();
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getText()).startsWith("Download " + written.name() + " (");
        @SuppressWarnings("unchecked")
        Grid<StoredBackup> files = $(Grid.class).single();
        assertThat(test(files).getCellText(0, 0)).isEqualTo(written.name());
        assertThat(Files.size(backups.folder().resolve(written.name()))).isEqualTo(written.size());
    }

    @Test
    @WithUserDetails("admin")
    void aRefusedArchiveIsExplainedInThePagesLanguage() throws Exception {
        BackupView view = navigateWithLanguage("admin/backup", "de", BackupView.class);
        Path notABackup = Files.writeString(Files.createTempFile("not-a-backup", ".zip"), "kein ZIP");

        view.restoreUploaded(notABackup);
        finished();
        poll();
        poll(); // the page keeps saying how the restore ended

        assertThat(view.getElement().getTextRecursively()).contains("Diese Datei ist keine Sicherung des Portals.");
        assertThat(notABackup).doesNotExist();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorHasNoBackup() {
        navigateWithLanguage("admin/backup", "de", AccessDeniedView.class);
        assertThat($(BackupView.class).exists()).isFalse();
        assertThatThrownBy(() -> backups.storedBackups()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.startBackup()).isInstanceOf(AccessDeniedException.class);
    }

    private BackupJob finished() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            BackupJob job = backups.currentJob().orElseThrow();
            if (job.state() != BackupJob.State.RUNNING) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not finish in 60 s");
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
