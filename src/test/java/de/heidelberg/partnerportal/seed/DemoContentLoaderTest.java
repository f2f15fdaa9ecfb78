package de.heidelberg.partnerportal.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.cluster.ClusterLocks;
import de.heidelberg.partnerportal.security.InitialAccounts;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Health reports DOWN until the demo content is in the database. */
class DemoContentLoaderTest {

    private final InitialAccounts accounts = mock(InitialAccounts.class);
    private final SeedImporter importer = mock(SeedImporter.class);
    private final ObjectProvider<SecurityContextHolderStrategy> noStrategyBean =
            new StaticListableBeanFactory().getBeanProvider(SecurityContextHolderStrategy.class);
    private final ClusterLocks locks = mock(ClusterLocks.class);

    @BeforeEach
    void noOtherNode() {
        when(locks.runExclusively(any(), any(), any(), any()))
                .thenAnswer(call -> call.<Supplier<?>>getArgument(3).get());
    }

    @Test
    void isDownUntilTheDemoContentIsLoaded() {
        DemoContentLoader loader = new DemoContentLoader(properties(true), accounts, importer, noStrategyBean, locks);
        assertThat(loader.health().getStatus()).isEqualTo(Status.DOWN);

        loader.afterSingletonsInstantiated();

        verify(accounts).ensureDemoAccounts();
        verify(importer).importMissing(any(SeedContent.class));
        assertThat(loader.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void loadsNothingOutsideDemoMode() {
        DemoContentLoader loader = new DemoContentLoader(properties(false), accounts, importer, noStrategyBean, locks);
        loader.afterSingletonsInstantiated();
        verify(accounts, never()).ensureDemoAccounts();
        verify(importer, never()).importMissing(any());
        assertThat(loader.health().getStatus()).isEqualTo(Status.UP);
    }

    private static PortalProperties properties(boolean demo) {
        return new PortalProperties(
                Path.of("data"),
                demo,
                List.of("de", "en", "fr"),
                new PortalProperties.HomeCity("Heidelberg", 49.4, 8.7),
                null);
    }
}
