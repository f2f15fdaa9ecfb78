package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The load test's protocol code kept alive: {@link PortalSimulation} with 10 users for 30 seconds
 * against the packaged jar. Every request must succeed and every page must show what it should (the
 * simulation's assertions decide Gatling's exit status). The full run is {@code LoadBenchmark}.
 */
class LoadSmokeIT {

    @Test
    void tenUsersForThirtySecondsWithoutASingleError() throws Exception {
        try (PortalProcess portal = PortalProcess.start()) {
            int status = Gatling.run(portal.url(""), 10, 5, 30, 1, 2, "smoke");
            assertThat(status)
                    .as("Gatling's status (0: every assertion held), report in target/gatling")
                    .isZero();
        }
    }
}
