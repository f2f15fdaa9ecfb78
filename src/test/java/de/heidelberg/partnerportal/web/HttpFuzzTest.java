package de.heidelberg.partnerportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.RawHttp;
import de.heidelberg.partnerportal.RawHttp.Answer;
import de.heidelberg.partnerportal.SignedIn;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.web.FuzzRequests.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fuzzing every HTTP entry point (issue 15): the search API's parameters, the feed, vCards and images, every
 * section's routes with slugs and query parameters, Vaadin's init and UIDL requests, the sign-in form, static
 * files and the actuator; {@code lang}, {@code Accept-Language}, {@code Accept}, {@code Authorization},
 * cookies, content types and methods — with {@link HostileInput}. Every answer must be below 500, carry no
 * stack trace or server name, and be the API's JSON error on {@code /api/**} and {@code /feeds/**}.
 *
 * <p>Seeded: {@code -Dfuzz.seed=N} (default 15) gives the same inputs again, {@code -Dfuzz.count=N} (default
 * 10,000) how many. Its own application context: its queries, sessions and sign-in failures (each from another
 * made-up client address, {@code X-Forwarded-For}, so that no lock falls on the test's own address) stay out of
 * the other tests.
 */
@SpringBootTest(
        classes = PartnerPortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fuzz.context=own")
@ActiveProfiles("test")
@DirtiesContext
class HttpFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 15L);
    static final int COUNT = Integer.getInteger("fuzz.count", 10_000);

    /** What must never be in an answer: a stack trace, a framework's page, the server's name. */
    static final List<String> LEAKS = List.of(
            "at de.heidelberg",
            "Exception",
            "org.apache",
            "org.springframework",
            "at java.",
            "Caused by",
            "Whitelabel",
            "Tomcat");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Test
    void everyEntryPointAnswersHostileInputWithoutServerErrorOrStackTrace() throws Exception {
        String staff = session("staff");
        String partner = session("partner");
        FuzzRequests requests = new FuzzRequests(
                new HostileInput(new Random(SEED)),
                staff,
                partner,
                token(Role.STAFF),
                token(Role.PARTNER),
                token(Role.ADMIN));
        List<Input> inputs = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            inputs.add(requests.next(i));
        }

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger serverErrors = new AtomicInteger();
        RawHttp http = new RawHttp(port);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Input input : inputs) {
                pool.submit(() -> {
                    try {
                        Answer answer = http.send(input.method(), input.target(), input.headers(), input.body());
                        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger())
                                .incrementAndGet();
                        if (answer.status() >= 500) {
                            serverErrors.incrementAndGet();
                        }
                        String problem = problem(input, answer);
                        if (!problem.isEmpty()) {
                            failures.add(input.described() + " → " + problem);
                        }
                    } catch (Exception | AssertionError broken) {
                        failures.add(input.described() + " → no answer: " + broken);
                    }
                });
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.printf(
                "HTTP fuzz: seed %d, %d inputs in %d s, %d answers 5xx, %d findings; statuses %s%n",
                SEED, COUNT, seconds, serverErrors.get(), failures.size(), new TreeMap<>(statuses));
        failures.stream().limit(40).forEach(failure -> System.out.println("  " + failure));
        assertThat(failures)
                .as(
                        "findings of the fuzz with seed %d (-Dfuzz.seed=%d reproduces them), first of %d",
                        SEED, SEED, failures.size())
                .isEmpty();
    }

    /** "" when the answer is as it must be, else what is wrong with it. */
    private static String problem(Input input, Answer answer) {
        if (answer.status() >= 500) {
            return "HTTP " + answer.status() + " " + FuzzRequests.abbreviated(answer.body());
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak)) {
                return "HTTP " + answer.status() + " shows \"" + leak + "\": "
                        + FuzzRequests.abbreviated(answer.body());
            }
        }
        if (answer.status() >= 400 && input.readable() && forPrograms(input.target())) {
            String type = answer.header("Content-Type");
            boolean json = type.startsWith("application/json")
                    && (input.method().equals("HEAD")
                            || answer.body().contains("\"error\"")
                                    && answer.body().contains("\"message\""));
            if (!json) {
                return "HTTP " + answer.status() + " not the API's JSON error: " + type + " "
                        + FuzzRequests.abbreviated(answer.body());
            }
        }
        return "";
    }

    /** An address of the API that Tomcat or the firewall does not normalise into another one. */
    private static boolean forPrograms(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return (lower.startsWith("/api/") || lower.startsWith("/feeds/") || lower.startsWith("/admin/backup/"))
                && !lower.contains("..")
                && !lower.contains("%2e")
                && !lower.contains("//")
                && !lower.contains(";")
                && !lower.contains("\\")
                && !lower.contains("%5c")
                && !lower.contains("%2f")
                && !lower.contains("%25");
    }

    private String token(Role role) {
        return SignedIn.asAdmin(() -> tokens.create(
                        new NewApiToken("fuzz " + role, role, tokens.today().plusDays(30)))
                .token());
    }

    private String session(String user) throws Exception {
        HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
        assertThat(browser.signIn(user, user)).doesNotContain("error");
        return browser.cookie("JSESSIONID").orElseThrow();
    }
}
