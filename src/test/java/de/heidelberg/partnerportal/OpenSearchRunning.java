package de.heidelberg.partnerportal;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts PostgreSQL and OpenSearch once per test run (with {@code docker/local-cluster.sh}) before a
 * test class that searches on OpenSearch makes its Spring context, and stops them when the run ends.
 */
public class OpenSearchRunning implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(
                        ClusterEngines.class,
                        key -> {
                            try {
                                return ClusterEngines.start();
                            } catch (Exception e) {
                                throw new IllegalStateException("Cannot start the cluster engines for the tests", e);
                            }
                        },
                        ClusterEngines.class);
    }
}
