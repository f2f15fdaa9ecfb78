package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The rules' defaults, their environment variables as the README names them, and the doubling locks. */
class SignInThrottlePropertiesTest {

    @Test
    void theDefaultsAreTheDocumentedRules() {
        SignInThrottleProperties rules = bind(Map.of());
        assertThat(rules.accountFailures()).isEqualTo(5);
        assertThat(rules.addressFailures()).isEqualTo(30);
        assertThat(rules.addressAccounts()).isEqualTo(10);
        assertThat(rules.window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rules.firstLock()).isEqualTo(Duration.ofMinutes(1));
        assertThat(rules.longestLock()).isEqualTo(Duration.ofHours(1));
        assertThat(rules.lockMemory()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void environmentVariablesSetThem() {
        SignInThrottleProperties rules = bind(Map.of(
                "PORTAL_SIGN_IN_ACCOUNT_FAILURES", "7",
                "PORTAL_SIGN_IN_ADDRESS_ACCOUNTS", "4",
                "PORTAL_SIGN_IN_FIRST_LOCK", "30s",
                "PORTAL_SIGN_IN_LONGEST_LOCK", "2h"));
        assertThat(rules.accountFailures()).isEqualTo(7);
        assertThat(rules.addressAccounts()).isEqualTo(4);
        assertThat(rules.firstLock()).isEqualTo(Duration.ofSeconds(30));
        assertThat(rules.longestLock()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void eachLockLastsTwiceAsLongAsTheOneBeforeUpToTheLongest() {
        SignInThrottleProperties rules = bind(Map.of());
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(rules::lockDuration).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(rules.lockDuration(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    private static SignInThrottleProperties bind(Map<String, Object> environment) {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        spring.getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        return new Binder(ConfigurationPropertySources.get(spring))
                .bindOrCreate("portal.sign-in", Bindable.of(SignInThrottleProperties.class));
    }
}
