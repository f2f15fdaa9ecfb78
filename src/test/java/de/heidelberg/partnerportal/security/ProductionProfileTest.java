package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile has no demo accounts and needs an initial administrator password. */
class ProductionProfileTest {

    @Test
    void refusesToStartWithoutAnInitialAdminPassword() {
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> start().close());
        assertThat(refusal).isInstanceOf(MissingInitialAdminPasswordException.class);
        var analysis = new MissingInitialAdminPasswordFailureAnalyzer().analyze(refusal);
        assertThat(analysis.getDescription()).contains("no initial administrator password was given");
        assertThat(analysis.getAction()).contains("PORTAL_INITIAL_ADMIN_PASSWORD");
    }

    @Test
    void refusesAWeakInitialAdminPassword() {
        assertThatThrownBy(() -> start("--portal.initial-admin-password=admin").close())
                .isInstanceOf(MissingInitialAdminPasswordException.class)
                .hasMessageContaining("password.too-short");
    }

    @Test
    void createsOnlyTheAdministratorFromTheEnvironment() {
        try (ConfigurableApplicationContext context = start("--portal.initial-admin-password=Neckarbrücke im Nebel")) {
            var details = context.getBean(PortalUserDetailsService.class);
            var admin = (PortalUser) details.loadUserByUsername("admin");
            var encoder = context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
            assertThat(encoder.matches("Neckarbrücke im Nebel", admin.getPassword()))
                    .isTrue();
            assertThatThrownBy(() -> details.loadUserByUsername("editor"))
                    .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
            assertThatThrownBy(() -> details.loadUserByUsername("partner"))
                    .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        SpringApplication application = new SpringApplicationBuilder(PartnerPortalApplication.class)
                .profiles("prod", "test")
                .build();
        String[] withRandomPort = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--server.port=0"), java.util.Arrays.stream(arguments))
                .toArray(String[]::new);
        return application.run(withRandomPort);
    }
}
