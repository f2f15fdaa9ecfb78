package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with the environment the Docker image sets (profile prod): it refuses to start
 * without an initial administrator password, and with one it has that administrator and no demo accounts.
 */
class ProductionJarIT {

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
