package de.heidelberg.partnerportal.e2e;

import java.nio.file.Path;

/** Starts {@link PortalSimulation} in this JVM, as Gatling's own launcher would. */
final class Gatling {

    static final Path RESULTS = Path.of("target", "gatling");

    private Gatling() {}

    /**
     * Runs the simulation against the portal at {@code url}; Gatling's status: 0 when every assertion
     * held, 2 when one failed. The report goes to target/gatling/{description}-….
     */
    static int run(
            String url,
            int users,
            int rampSeconds,
            int holdSeconds,
            double thinkMin,
            double thinkMax,
            String description) {
        System.setProperty("gatling.data.enableAnalytics", "false");
        // Java NIO: the native transports are left out of the test class path (see pom.xml)
        System.setProperty("gatling.netty.useNativeTransport", "false");
        System.setProperty("load.url", url);
        System.setProperty("load.users", String.valueOf(users));
        System.setProperty("load.ramp", String.valueOf(rampSeconds));
        System.setProperty("load.hold", String.valueOf(holdSeconds));
        System.setProperty("load.think.min", String.valueOf(thinkMin));
        System.setProperty("load.think.max", String.valueOf(thinkMax));
        return io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "-s", PortalSimulation.class.getName(),
            "-rf", RESULTS.toAbsolutePath().toString(),
            "-rd", description
        });
    }
}
