package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Stay signed in" against the running server, with requests that carry the same cookie at the same moment
 * (a page's closing beacon beside the next page, after a node died or the session ended): none of them is
 * taken for a stolen cookie, and all leave the browser with the same valid token; an old token shown later
 * still is, and signs out every device of the account.
 */
class StaySignedInTest extends MovableClockServerTest {

    private static final String PASSWORD = "Heiligenberg im Schnee";
    private static final String COOKIE = "portal-remember-me";

    @Autowired
    RememberMeTokens tokens;

    @Test
    void theNextPageAfterThePagesClosingRequestStaysSignedIn() throws Exception {
        String cookie = staySignedIn(newUser());

        HttpResponse<String> beacon = withCookie(cookie).get("/");
        assertThat(beacon.statusCode()).isEqualTo(200);
        String changed = newCookie(beacon);
        assertThat(changed).isNotEqualTo(cookie);

        // the next page's request left with the cookie the browser had before the beacon's answer came back
        HttpResponse<String> nextPage = withCookie(cookie).get("/");
        assertThat(nextPage.statusCode()).isEqualTo(200);
        assertThat(newCookie(nextPage)).isEqualTo(changed);

        clock.advance(StaySignedIn.IN_FLIGHT.plusSeconds(1));
        assertThat(withCookie(changed).get("/").statusCode())
                .as("the device goes on")
                .isEqualTo(200);
    }

    @Test
    void manyRequestsWithOneCookieAtOnceLeaveTheBrowserWithOneValidToken() throws Exception {
        String cookie = staySignedIn(newUser());
        List<Callable<String>> requests = IntStream.range(0, 8)
                .mapToObj(request -> (Callable<String>) () -> {
                    HttpResponse<String> response = withCookie(cookie).get("/");
                    return response.statusCode() + " " + newCookie(response);
                })
                .toList();
        Set<String> answers;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            answers = pool.invokeAll(requests).stream()
                    .map(StaySignedInTest::result)
                    .collect(Collectors.toSet());
        }
        assertThat(answers).as("all signed in, all with the same new token").hasSize(1);
        String answer = answers.iterator().next();
        assertThat(answer).startsWith("200 ").doesNotEndWith(" " + cookie);

        clock.advance(StaySignedIn.IN_FLIGHT.plusSeconds(1));
        assertThat(withCookie(answer.substring("200 ".length())).get("/").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anOldTokenShownLaterSignsOutEveryDevice() throws Exception {
        String username = newUser();
        String stolen = staySignedIn(username);
        String otherDevice = staySignedIn(username);
        HttpResponse<String> owner = withCookie(stolen).get("/");
        assertThat(owner.statusCode()).isEqualTo(200);

        clock.advance(StaySignedIn.IN_FLIGHT.plusSeconds(1));
        assertThat(withCookie(stolen).get("/").statusCode()).as("the thief").isEqualTo(302);
        assertThat(withCookie(newCookie(owner)).get("/").statusCode())
                .as("the owner, warned by having to sign in again")
                .isEqualTo(302);
        assertThat(withCookie(otherDevice).get("/").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_event where action = 'STAY_SIGNED_IN_ENDED' and subject = ?",
                        Integer.class,
                        username))
                .as("in the audit log")
                .isEqualTo(1);
    }

    @Test
    void aTokenChangesOnlyFromTheTokenTheDeviceStillHolds() throws Exception {
        String username = newUser();
        staySignedIn(username);
        String series =
                jdbc.queryForObject("select series from persistent_logins where username = ?", String.class, username);
        RememberMeTokens.Device before = tokens.find(series).orElseThrow();

        assertThat(tokens.replace(series, before.token(), "first", clock.instant()))
                .isTrue();
        assertThat(tokens.replace(series, before.token(), "second", clock.instant()))
                .isFalse();
        assertThat(tokens.find(series).orElseThrow())
                .extracting(RememberMeTokens.Device::token, RememberMeTokens.Device::previousToken)
                .containsExactly("first", before.token());
    }

    private String staySignedIn(String username) throws Exception {
        HttpBrowser browser = browser();
        assertThat(browser.signIn(username, PASSWORD, true)).doesNotContain("error");
        return browser.cookie(COOKIE).orElseThrow();
    }

    /** The token the answer gives the browser (read from the answer: the test's cookie store keeps both). */
    private static String newCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(COOKIE + "="))
                .map(header -> header.substring(COOKIE.length() + 1).split(";", 2)[0])
                .findFirst()
                .orElse("");
    }

    private HttpBrowser withCookie(String cookie) {
        HttpBrowser browser = browser();
        browser.setCookie(COOKIE, cookie);
        return browser;
    }

    private String newUser() {
        return newUser("staying", PASSWORD);
    }

    private static String result(Future<String> request) {
        try {
            return request.get();
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }
}
