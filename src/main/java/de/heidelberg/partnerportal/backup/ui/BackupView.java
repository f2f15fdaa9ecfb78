package de.heidelberg.partnerportal.backup.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.heidelberg.partnerportal.backup.BackupException;
import de.heidelberg.partnerportal.backup.BackupJob;
import de.heidelberg.partnerportal.backup.BackupService;
import de.heidelberg.partnerportal.backup.BackupSummary;
import de.heidelberg.partnerportal.backup.StoredBackup;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * For administrators: make and download a backup of everything (with its progress), the backups in the backup
 * folder (nightly ones too), and restoring a backup into this instance while it is still empty.
 */
@Route("admin/backup")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
@Menu(title = "nav.backup", order = 97, icon = "vaadin:archive")
public class BackupView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    static final int POLL_MILLIS = 500;

    private final BackupService backups;
    private final AuthenticationContext authentication;
    private final Button backupNow = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph state = new Paragraph();
    private final Anchor download = new Anchor();
    private final Grid<StoredBackup> stored = new Grid<>();
    private final Section restore = new Section();
    private final Upload upload = new Upload();
    private final Paragraph restoreState = new Paragraph();
    private final Button signInAgain = new Button();
    private @Nullable BackupJob watched;
    /** Whether the restore section shows how a restore ended (kept until the next one starts). */
    private boolean restoreReported;

    private @Nullable Registration polling;

    public BackupView(BackupService backups, AuthenticationContext authentication) {
        this.backups = backups;
        this.authentication = authentication;
        addClassNames("page", "backup-admin");
        add(new H1(getTranslation("nav.backup")), new Paragraph(getTranslation("backup.intro")));
        add(backupSection(), storedSection(), restoreSection());
        backups.currentJob()
                .filter(job -> job.state() == BackupJob.State.RUNNING)
                .ifPresent(this::watch);
        stored.setItems(backups.storedBackups());
        refresh();
    }

    private Section backupSection() {
        backupNow.setText(getTranslation("backup.now"));
        backupNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backupNow.addClickListener(click -> start(backups::startBackup));
        progress.setVisible(false);
        state.addClassName("backup-state");
        state.getElement().setAttribute("role", "status");
        download.setVisible(false);
        download.addClassName("backup-download");
        Section section = new Section(
                new H2(getTranslation("backup.make.title")),
                new Paragraph(getTranslation("backup.make.hint")),
                backupNow,
                progress,
                state,
                download);
        section.addClassName("backup-make");
        return section;
    }

    private Section storedSection() {
        stored.addColumn(StoredBackup::name)
                .setHeader(getTranslation("backup.file"))
                .setAutoWidth(true);
        stored.addColumn(backup -> LocalizedFormats.dateTime(backup.created(), this))
                .setHeader(getTranslation("backup.created"))
                .setAutoWidth(true);
        stored.addColumn(backup -> size(backup.size()))
                .setHeader(getTranslation("backup.size"))
                .setAutoWidth(true);
        stored.addComponentColumn(this::downloadLink).setHeader(getTranslation("backup.download"));
        stored.setAllRowsVisible(true);
        stored.setEmptyStateText(getTranslation("backup.stored.none"));
        stored.addClassName("backup-files");
        Section section = new Section(
                new H2(getTranslation("backup.stored.title")),
                new Paragraph(getTranslation("backup.stored.hint", backups.folder(), backups.keep())),
                stored);
        section.addClassName("backup-stored");
        return section;
    }

    private Section restoreSection() {
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            Path archive = Files.createTempFile("portal-restore-", ".zip");
            Files.move(file.toPath(), archive, StandardCopyOption.REPLACE_EXISTING);
            upload.clearFileList();
            restoreUploaded(archive);
        }));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("backup.restore.choose"))
                        .setMany(getTranslation("backup.restore.choose")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("backup.restore.drop"))
                        .setMany(getTranslation("backup.restore.drop")))
                .setError(new UploadI18N.Error()
                        .setIncorrectFileType(getTranslation("backup.error.not-a-backup"))
                        .setTooManyFiles(getTranslation("backup.restore.one-file"))));
        upload.addClassName("backup-upload");
        restoreState.addClassName("restore-state");
        restoreState.getElement().setAttribute("role", "status");
        signInAgain.setText(getTranslation("backup.restore.sign-in-again"));
        signInAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signInAgain.setVisible(false);
        signInAgain.addClickListener(click -> authentication.logout());
        restore.add(new H2(getTranslation("backup.restore.title")), restoreState, upload, signInAgain);
        restore.addClassName("backup-restore");
        return restore;
    }

    private interface Starter {
        BackupJob start() throws IOException;
    }

    private void start(Starter starter) {
        try {
            watch(starter.start());
        } catch (BackupException refused) {
            state.setText(getTranslation(refused.messageKey(), refused.parameters()));
        } catch (IOException e) {
            state.setText(getTranslation("backup.error.failed"));
        }
        refresh();
    }

    private void watch(BackupJob job) {
        watched = job;
        if (job.kind() == BackupJob.Kind.RESTORE) {
            restoreReported = false;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> refresh());
        if (watched != null && watched.state() == BackupJob.State.RUNNING) {
            event.getUI().setPollInterval(POLL_MILLIS);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void refresh() {
        BackupJob job = watched;
        boolean running = job != null && job.state() == BackupJob.State.RUNNING;
        backupNow.setEnabled(!running);
        progress.setVisible(running);
        if (job != null && running) {
            progress.setValue(job.progress());
            String text = getTranslation(
                    job.kind() == BackupJob.Kind.BACKUP ? "backup.state.running" : "backup.restore.running",
                    number(job.done()),
                    number(job.total()));
            (job.kind() == BackupJob.Kind.BACKUP ? state : restoreState).setText(text);
        } else if (job != null) {
            finished(job);
            stored.setItems(backups.storedBackups());
            watched = null;
            UI.getCurrent().setPollInterval(-1);
        }
        boolean empty = !running && backups.isEmptyInstance();
        upload.setVisible(empty && !signInAgain.isVisible());
        if (!running && !restoreReported) {
            restoreState.setText(getTranslation(empty ? "backup.restore.hint" : "backup.restore.not-empty"));
        }
    }

    private void finished(BackupJob job) {
        BackupException failure = job.failure();
        BackupSummary summary = job.summary();
        Paragraph target = job.kind() == BackupJob.Kind.BACKUP ? state : restoreState;
        restoreReported |= job.kind() == BackupJob.Kind.RESTORE;
        if (failure != null) {
            target.setText(getTranslation(failure.messageKey(), failure.parameters()));
            return;
        }
        if (summary == null) {
            return;
        }
        if (job.kind() == BackupJob.Kind.BACKUP && job.file() != null) {
            StoredBackup file = job.file();
            target.setText(getTranslation("backup.state.done", number(summary.rows()), number(summary.files())));
            backups.storedBackupFile(file.name()).ifPresent(path -> {
                download.setHref(DownloadHandler.forFile(path.toFile(), file.name()));
                download.setText(getTranslation("backup.download.file", file.name(), size(file.size())));
                download.setTarget(AnchorTarget.BLANK);
                download.getElement().setAttribute("download", true);
                download.setVisible(true);
            });
        } else {
            target.setText(getTranslation("backup.restore.done", number(summary.rows()), number(summary.files())));
            signInAgain.setVisible(true);
            upload.setVisible(false);
        }
    }

    private Anchor downloadLink(StoredBackup backup) {
        Anchor link = new Anchor();
        link.setText(getTranslation("backup.download"));
        link.getElement()
                .setAttribute("aria-label", getTranslation("backup.download.file", backup.name(), size(backup.size())));
        link.getElement().setAttribute("download", true);
        backups.storedBackupFile(backup.name())
                .ifPresent(path -> link.setHref(DownloadHandler.forFile(path.toFile(), backup.name())));
        return link;
    }

    private String size(long bytes) {
        return getTranslation(
                "backup.megabytes",
                LocalizedFormats.number(Math.max(0.1, Math.round(bytes / 104857.6) / 10.0), getLocale()));
    }

    private String number(long value) {
        return LocalizedFormats.number(value, getLocale() == null ? Locale.GERMAN : getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backup") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.backup"), null));
    }

    /** Starts restoring an uploaded archive (the upload's handler, and tests, which cannot upload browserless). */
    void restoreUploaded(Path archive) {
        start(() -> backups.startRestore(archive));
    }
}
