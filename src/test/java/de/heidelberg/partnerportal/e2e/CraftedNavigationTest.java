package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.RawHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A navigation inside an open page to a route no link can hold (a raw control character, crafted by a script or a
 * tool speaking Vaadin's protocol) shows the portal's "not found" page, as an unknown address does, not Vaadin's
 * internal error; the first request of a page with such an address starts the page (issue 15).
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CraftedNavigationTest {

    @LocalServerPort
    int port;

    @Test
    void aRouteWithAControlCharacterShowsThePortalsNotFoundPage() throws Exception {
        PortalVisitor visitor = new PortalVisitor("http://localhost:" + port, "en").signIn("partner", "partner");
        for (String route : new String[] {
            "/news\u0001x", "/partner-cities/a\u0000b", "/x\u007f/y", "/news/a\nb", "/news/\u202ex\u0301"
        }) {
            VaadinClient page = visitor.open("partner-cities", List.of("Cambridge"));
            String problem = visitor.send(page, page.navigate(route, "lang=en"));
            assertThat(problem).as(route).isEmpty();
            assertThat(page.expectShown(List.of("Page not found"))).as(route).isEmpty();
        }
    }

    @Test
    void aFirstRequestWithAnUnparsableAddressStartsThePage() throws Exception {
        HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
        browser.signIn("partner", "partner");
        String session = "Cookie: JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow();
        // found by the fuzz test: Vaadin could not parse these and answered 500
        for (String init : new String[] {
            "location=a|b&query=", "location=news&query=%25%27+AND+1%3D1", "location=%2F%2Fx+%C3%9F&query=%25s"
        }) {
            RawHttp.Answer answer = new RawHttp(port).get("/?v-r=init&" + init, session);
            assertThat(answer.status()).as(init).isEqualTo(200);
            assertThat(answer.body()).as(init).contains("\"appConfig\"");
        }
    }
}
