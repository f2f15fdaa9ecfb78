package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a session keeps of the login page, spoken to over Vaadin's protocol as a browser does: the
 * login page's UI answers while the visitor is on it and is closed once they are signed in and their
 * first page is open, instead of staying in the session for the heartbeat's 15 minutes.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInUiTest {

    @LocalServerPort
    int port;

    @Test
    void theLoginPagesUiEndsWhenTheFirstPageAfterSignInOpens() throws Exception {
        PortalVisitor visitor = new PortalVisitor("http://localhost:" + port, "en");
        VaadinClient login = visitor.open("login", List.of("Stay signed in"));
        assertThat(visitor.send(login, login.settle().orElse(login.message(VaadinClient.rpc()))))
                .as("the login page's UI answers while it is shown")
                .isEmpty();

        visitor.signIn("partner", "partner");
        VaadinClient cambridge = visitor.open("partner-cities/cambridge", List.of("Cambridge"));

        assertThat(visitor.send(cambridge, cambridge.message(VaadinClient.rpc())))
                .isEmpty();
        assertThat(visitor.send(login, login.message(VaadinClient.rpc())))
                .as("the UI of the login page left behind")
                .contains("sessionExpired");
    }

    /** Found by the keyboard journey: a page reloaded while it was still loading failed with an incident. */
    @Test
    void aPageOpensWhileAnotherPageOfTheSessionIsStillOpening() throws Exception {
        PortalVisitor visitor = new PortalVisitor("http://localhost:" + port, "en").signIn("partner", "partner");
        visitor.startOpening("partner-cities");

        visitor.open("partner-cities/cambridge", List.of("Cambridge"));
    }
}
