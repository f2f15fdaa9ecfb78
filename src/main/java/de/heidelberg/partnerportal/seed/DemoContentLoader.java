package de.heidelberg.partnerportal.seed;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.cluster.ClusterLocks;
import de.heidelberg.partnerportal.security.InitialAccounts;
import de.heidelberg.partnerportal.security.Role;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
    private final SeedImporter importer;
    private final SecurityContextHolderStrategy securityContexts;
    private final ClusterLocks locks;
    /** How long loading the demo content may take, and how long another node waits for it. */
    private static final Duration LOADING = Duration.ofMinutes(5);

    private volatile boolean loaded;

    DemoContentLoader(
            PortalProperties properties,
            InitialAccounts accounts,
            SeedImporter importer,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts,
            ClusterLocks locks) {
        this.locks = locks;
        this.properties = properties;
        this.accounts = accounts;
        this.importer = importer;
        // the strategy method security reads, which is not yet the global one while the context starts
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.demo()) {
            return;
        }
        long start = System.nanoTime();
        // nodes starting together load one after the other: the second finds the content there and adds nothing
        locks.runExclusively("demo-content", LOADING, LOADING, () -> {
            accounts.ensureDemoAccounts();
            SeedContent content = SeedImporter.read();
            asSystemEditor(() -> importer.importMissing(content));
            return true;
        });
        loaded = true;
        log.info("Demo content ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The loader is no signed-in user: it writes through the services with editor rights. */
    private void asSystemEditor(Runnable work) {
        SecurityContext system = securityContexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-content-loader",
                null,
                AuthorityUtils.createAuthorityList(Role.EDITOR.authority(), Role.STAFF.authority())));
        securityContexts.setContext(system);
        try {
            work.run();
        } finally {
            securityContexts.clearContext();
        }
    }

    @Override
    public Health health() {
        if (!properties.demo()) {
            return Health.up().withDetail("demo", false).build();
        }
        return loaded
                ? Health.up().withDetail("demo", true).build()
                : Health.down().withDetail("loading", true).build();
    }
}
