package de.heidelberg.partnerportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages talk to each other only through their public top-level types, without cycles. */
class ModularityTest {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(PartnerPortalApplication.class).verify();
    }
}
