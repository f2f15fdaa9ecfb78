package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The promise, as an administrator does it in Chromium: download a backup of the portal at
 * {@code /admin/backup}, start a fresh, empty portal, restore the file there, sign in with an account of the
 * backup and see the same portal.
 */
class BackupJourneyIT {

    private static final String FIRST_ADMIN_PASSWORD = "Philosophenweg im Frühling";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final LocatorAssertions.IsVisibleOptions SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(120_000);

    @Test
    void aBackupDownloadedFromOnePortalRestoresAnotherThatThenShowsTheSamePages() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path backup;
        String cambridge;
        try (Chromium chromium = new Chromium();
                PortalProcess original = PortalProcess.start()) {
            try (BrowserContext context = chromium.browser.newContext(
                    new Browser.NewContextOptions().setLocale("en-GB").setAcceptDownloads(true))) {
                Page page = Chromium.signIn(context, original.url(""), "admin", "admin");
                page.navigate(original.url("/admin/backup?lang=en"));
                page.getByText("Make a backup now").click();
                assertThat(page.locator("a.backup-download")).isVisible(SLOW);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("backup-made.png")));
                Download download = page.waitForDownload(
                        () -> page.locator("a.backup-download").click());
                assertThat(download.suggestedFilename()).matches("portal-backup-\\d{8}-\\d{6}\\.zip");
                backup = Files.createTempFile("portal-backup-", ".zip");
                download.saveAs(backup);
                page.navigate(original.url("/partner-cities/cambridge?lang=en"));
                cambridge = page.locator("main").innerText();
            }

            try (PortalProcess fresh = PortalProcess.launch(
                            Map.of("PORTAL_DEMO", "false", "PORTAL_INITIAL_ADMIN_PASSWORD", FIRST_ADMIN_PASSWORD));
                    BrowserContext context =
                            chromium.browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
                fresh.awaitHealthy();
                Page page = Chromium.signIn(context, fresh.url(""), "admin", FIRST_ADMIN_PASSWORD);
                page.navigate(fresh.url("/admin/backup?lang=en"));
                assertThat(page.locator(".restore-state")).containsText("This portal is still empty");
                page.locator("vaadin-upload input[type=file]").setInputFiles(backup);
                assertThat(page.locator(".restore-state"))
                        .containsText("Restored:", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("backup-restored.png")));
                page.getByText("Sign out and sign in again").click();
                assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));

                Page editor = Chromium.signIn(context, fresh.url(""), "editor", "editor");
                editor.navigate(fresh.url("/partner-cities/cambridge?lang=en"));
                assertThat(editor.locator("main")).containsText("Cambridge");
                assertThat(editor.locator("main").innerText()).isEqualTo(cambridge);
                editor.navigate(fresh.url("/admin/backup?lang=en"));
                assertThat(editor.locator("main")).not().containsText("Restore a backup");
            } finally {
                Files.deleteIfExists(backup);
            }
        }
    }
}
