package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tried as a new colleague would, in a real browser against the packaged portal in demo mode: the
 * administrator invites a partner colleague, finds the invitation in the outbox, and the colleague, in their
 * own (French) browser, opens the link, chooses a password and signs in. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationJourneyIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final String PASSWORD = "Pont Saint-Esprit 1226";

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start();
        chromium = new Chromium();
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anInvitedPartnerSetsAPasswordFromTheLinkInTheOutboxAndSignsIn() {
        String link;
        try (BrowserContext office = browser("de-DE")) {
            Page admin = office.newPage();
            admin.navigate(portal.url("/login?lang=de"));
            signIn(admin, "admin", "admin");
            admin.navigate(portal.url("/admin/users"));
            admin.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Partnerstadt-Kollegin/-Kollegen einladen"))
                    .click();
            Locator dialog = admin.getByRole(AriaRole.DIALOG);
            textbox(dialog, "Name").fill("Claire Dubois");
            textbox(dialog, "E-Mail-Adresse").fill("claire.dubois@montpellier.example");
            assertThat(textbox(dialog, "Benutzername")).hasValue("claire.dubois");
            dialog.getByText("Français", new Locator.GetByTextOptions().setExact(true))
                    .click();
            shot(admin, "invitation-dialog");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Speichern"))
                    .click();
            assertThat(admin.locator("vaadin-notification-card"))
                    .containsText("Im Demo-Betrieb werden E-Mails nicht versendet");
            assertThat(admin.locator("vaadin-grid")).containsText("eingeladen");

            admin.navigate(portal.url("/admin/outbox"));
            assertThat(admin.locator(".outbox-reader h2")).hasText("Invitation au Portail des villes partenaires");
            assertThat(admin.locator(".outbox-body")).containsText("Votre nom d'utilisateur : claire.dubois");
            shot(admin, "outbox");
            link = admin.locator(".outbox-body a").first().getAttribute("href");
        }
        assertThat(link).matches("http://localhost:\\d+/password/[A-Za-z0-9_-]{43}\\?lang=fr");

        try (BrowserContext own = browser("fr-FR")) {
            Page claire = own.newPage();
            claire.navigate(link);
            assertThat(claire.locator("h2")).hasText("Bienvenue, Claire Dubois !");
            assertThat(claire.locator("html")).hasAttribute("lang", "fr");
            Locator passwords = claire.locator("vaadin-password-field input");
            passwords.nth(0).fill(PASSWORD);
            passwords.nth(1).fill(PASSWORD);
            shot(claire, "choose-password");
            claire.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                    .click();
            assertThat(claire.locator("h2")).hasText("Mot de passe enregistré");
            claire.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aller à la connexion"))
                    .click();
            signIn(claire, "claire.dubois", PASSWORD);
            assertThat(claire.locator("vaadin-side-nav")).containsText("Villes partenaires");
            assertThat(claire.locator(".user-menu")).containsText("claire.dubois");
            shot(claire, "signed-in-as-invited-partner");

            // the link works once
            claire.navigate(link);
            assertThat(claire.locator(".password-card")).containsText("Ce lien a déjà été utilisé");
        }
    }

    private BrowserContext browser(String locale) {
        return chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
    }

    private static Locator textbox(Locator dialog, String label) {
        return dialog.getByRole(
                AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    private static void signIn(Page page, String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        // the first page after sign-in may take a while on a busy machine
        assertThat(page.locator("vaadin-app-layout"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("mail-" + name + ".png"))
                .setFullPage(true));
    }
}
