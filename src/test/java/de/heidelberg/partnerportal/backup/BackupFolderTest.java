package de.heidelberg.partnerportal.backup;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.PortalTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The nightly backup: a complete file in the backup folder, the oldest removed beyond {@code portal.backup.keep}. */
@PortalTest
@TestPropertySource(properties = {"portal.backup.keep=3", "portal.data-dir=target/test-data/backup-folder"})
class BackupFolderTest {

    @Autowired
    BackupService backups;

    @Test
    void nightlyBackupsAreKeptUpToTheConfiguredNumber() throws IOException {
        Path folder = asAdmin(backups::folder);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }

        for (int night = 0; night < 5; night++) {
            backups.nightly();
        }

        List<StoredBackup> kept = asAdmin(backups::storedBackups);
        assertThat(kept).hasSize(3);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .as("no half-written file is left")
                    .allMatch(name -> name.matches("portal-backup-\\d{8}-\\d{6}(-\\d+)?\\.zip"))
                    .hasSize(3);
        }
        assertThat(asAdmin(() -> backups.storedBackupFile(kept.getFirst().name())))
                .isPresent();
        assertThat(asAdmin(() -> backups.storedBackupFile("../db/portal.mv.db")))
                .isEmpty();
    }
}
