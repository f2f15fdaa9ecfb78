package de.heidelberg.partnerportal.security;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tests of signing in against the running server with a clock they move on (a lock's or a token's time
 * passing in an instant); all of them share one application context.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MovableClockServerTest.MovingTime.class)
abstract class MovableClockServerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class MovingTime {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    /** A new staff account, its name starting with the prefix; returns the name. */
    String newUser(String prefix, String password) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin(() -> users.create(new NewUser(username, prefix + " test", EnumSet.of(Role.STAFF), password)));
        return username;
    }

    HttpBrowser browser() {
        return new HttpBrowser("http://localhost:" + port);
    }
}
