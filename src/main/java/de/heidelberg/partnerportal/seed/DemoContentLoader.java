package de.heidelberg.partnerportal.seed;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.security.InitialAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Loads the demo content into an empty database, idempotently, before the portal takes requests
 * (it runs once all beans exist, before the web server starts). Health stays DOWN until it is done.
 */
@Component("demoContent")
class DemoContentLoader implements SmartInitializingSingleton, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final PortalProperties properties;
    private final InitialAccounts accounts;
    private volatile boolean loaded;

    DemoContentLoader(PortalProperties properties, InitialAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.demo()) {
            return;
        }
        long start = System.nanoTime();
        accounts.ensureDemoAccounts();
        loaded = true;
        log.info("Demo content ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public Health health() {
        if (!properties.demo()) {
            return Health.up().withDetail("demo", false).build();
        }
        return loaded ? Health.up().withDetail("demo", true).build() : Health.down().withDetail("loading", true).build();
    }
}
