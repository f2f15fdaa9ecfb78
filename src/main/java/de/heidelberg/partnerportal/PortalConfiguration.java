package de.heidelberg.partnerportal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every feature. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    /** The one clock; tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
