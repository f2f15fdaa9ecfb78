package de.heidelberg.partnerportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The partner-city portal of the office for international relations. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnerPortalApplication.class, args);
    }
}
