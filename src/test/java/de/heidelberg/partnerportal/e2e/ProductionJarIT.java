package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import de.heidelberg.partnerportal.HttpBrowser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with the environment the Docker image sets (profile prod): it refuses to start
 * without an initial administrator password, and with one it has that administrator and no demo accounts.
 * The extracted jar in target/fast starts with its AOT cache.
 */
class ProductionJarIT {

    /**
     * What the README's fast start command starts (target/fast, README "Start-up"), with -XX:AOTMode=on: the
     * JVM refuses to start when it cannot use the cache (another JDK, a changed jar, another class path),
     * instead of starting slowly without it. On a fresh data folder: health UP, the login page, a sign-in.
     */
    @Test
    void theExtractedJarStartsWithItsAotCache() throws Exception {
        Assumptions.assumeTrue(
                Runtime.version().feature() >= 25,
                "the build makes the AOT cache only on JDK 25 or newer; this is " + Runtime.version());
        Path fast = PortalProcess.fastDirectory();
        Path cache = fast.resolve("partnerportal.aot");
        assertThat(cache)
                .as("the AOT cache that './mvnw -Pproduction package' writes (not with -Dfast.training=false)")
                .isRegularFile();
        try (PortalProcess portal = PortalProcess.launch(
                        fast.resolve("partnerportal.jar"),
                        // as the README starts it, without -Xmx: the cache holds the heap layout of the JVM's
                        // defaults on this machine (a heap over 32 GB, without compressed pointers, cannot use it)
                        List.of("-XX:AOTCache=" + cache.toAbsolutePath(), "-XX:AOTMode=on"),
                        PortalProcess.freshDataDirectory(),
                        Map.of());
                Chromium chromium = new Chromium();
                BrowserContext context =
                        chromium.browser.newContext(new Browser.NewContextOptions().setLocale("de-DE"))) {
            portal.awaitHealthy();
            Page page = context.newPage();
            page.navigate(portal.url("/login"));
            assertThat(page.locator("vaadin-login-form")).containsText("Anmelden");
            page.locator("#vaadinLoginUsername input").fill("editor");
            page.locator("#vaadinLoginPassword input").fill("editor");
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page.locator("vaadin-app-layout")).isVisible();
            assertThat(portal.log()).doesNotContain("[error");
        }
    }

    @Test
    void refusesToStartWithoutAnInitialAdminPassword() throws Exception {
        PortalProcess portal = PortalProcess.launch(Map.of("SPRING_PROFILES_ACTIVE", "prod"));
        assertThat(portal.awaitExit(Duration.ofSeconds(120))).isNotZero();
        assertThat(portal.log())
                .contains("APPLICATION FAILED TO START")
                .contains("no initial administrator password was given")
                .contains("PORTAL_INITIAL_ADMIN_PASSWORD");
    }

    @Test
    void startsWithTheAdministratorFromTheEnvironmentAndNoDemoAccounts() throws Exception {
        try (PortalProcess portal = PortalProcess.launch(Map.of(
                "SPRING_PROFILES_ACTIVE", "prod",
                "PORTAL_INITIAL_ADMIN_PASSWORD", "Neckarbrücke im Nebel"))) {
            portal.awaitHealthy();
            assertThat(new HttpBrowser(portal.url("")).signIn("admin", "Neckarbrücke im Nebel"))
                    .doesNotContain("error");
            assertThat(new HttpBrowser(portal.url("")).signIn("editor", "editor"))
                    .contains("/login?error");
            assertThat(new HttpBrowser(portal.url("")).signIn("admin", "admin")).contains("/login?error");
        }
    }
}
