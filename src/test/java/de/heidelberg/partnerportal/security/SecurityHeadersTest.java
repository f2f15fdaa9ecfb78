package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Headers, cookies and CSRF as a browser meets them, against the running server. */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval'");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aPageAllowsOnlyItsOwnScriptsByAFreshNonce() throws Exception {
        HttpResponse<String> first = get("/login");
        HttpResponse<String> second = get("/login");
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .contains("form-action 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'", "*");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a new nonce for every page")
                .doesNotContain(nonce.group(1));

        Document page = Jsoup.parse(first.body());
        List<Element> scripts = page.getElementsByTag("script");
        assertThat(scripts).isNotEmpty();
        for (Element script : scripts) {
            // inline scripts run only with the nonce; scripts from the portal by 'self'
            assertThat(script.hasAttr("src") || nonce.group(1).equals(script.attr("nonce")))
                    .as(script.outerHtml())
                    .isTrue();
        }
        assertThat(page.getElementsByAttributeStarting("on"))
                .as("no inline event handlers")
                .isEmpty();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/api/search?q=x", "/actuator/health", "/styles/portal.css")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(
                            csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()", "microphone=()"));
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isEmpty();
        }
        assertThat(get("/api/search?q=x").headers().firstValue("Content-Security-Policy"))
                .as("no inline script outside pages")
                .hasValueSatisfying(
                        csp -> assertThat(csp).endsWith("script-src 'self'").doesNotContain("unsafe-eval", "nonce"));
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        String cookie = sessionCookie(get("/login"));
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(cookie).as("not Secure over plain HTTP").doesNotContainIgnoringCase("Secure;");
    }

    @Test
    void behindATlsProxyTheCookiesAreSecureAndHstsIsSent() throws Exception {
        // the proxy (on this host) terminates TLS and says so in X-Forwarded-Proto
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "192.0.2.7")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(page)).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));

        // "stay signed in" is a cookie too (the session cookie sent by hand: it is Secure now, and this client
        // speaks plain HTTP to the portal as the proxy does)
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header(
                                "Cookie",
                                sessionCookie(page)
                                        .substring(0, sessionCookie(page).indexOf(';')))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + HttpBrowser.csrfToken(page.body())
                                + "&username=staff&password=staff&remember-me=on"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("portal-remember-me="))
                .singleElement()
                .satisfies(cookie ->
                        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aSignInWithoutTheFormsTokenIsRefusedAndAsksToSignInAgain() throws Exception {
        get("/login");
        // login CSRF: a form on another site posting the attacker's credentials
        HttpResponse<String> forged = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=staff&password=staff"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        assertThat(get("/").statusCode()).as("not signed in").isEqualTo(302);

        HttpResponse<String> wrongToken = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=forged&username=staff&password=staff"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongToken.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        assertThat(get("/").statusCode()).as("not signed in").isEqualTo(302);

        // with the page's token it works
        HttpResponse<String> real = HttpBrowser.signIn(client, "http://localhost:" + port, "staff", "staff", false);
        assertThat(real.headers().firstValue("Location").orElse("")).doesNotContain("error", "expired");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
