package de.heidelberg.partnerportal.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.security.InitialAccounts;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void isDownUntilTheDemoContentIsLoaded() {
        DemoContentLoader loader = new DemoContentLoader(properties(true), accounts, importer, noStrategyBean);
        assertThat(loader.health().getStatus()).isEqualTo(Status.DOWN);

        loader.afterSingletonsInstantiated();

        verify(accounts).ensureDemoAccounts();
        verify(importer).importMissing(any(SeedContent.class));
        assertThat(loader.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void loadsNothingOutsideDemoMode() {
        DemoContentLoader loader = new DemoContentLoader(properties(false), accounts, importer, noStrategyBean);
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
