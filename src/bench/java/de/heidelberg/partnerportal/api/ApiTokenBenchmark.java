package de.heidelberg.partnerportal.api;

import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.search.NewsGenerator;
import de.heidelberg.partnerportal.search.SearchInsight;
import de.heidelberg.partnerportal.search.SearchResult;
import de.heidelberg.partnerportal.search.SearchService;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.TokenChecks;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an API token costs a search, measured and reported, never asserted: the same queries, in one run and
 * taken in turns (so that a busy moment of the shared machine falls on all of them alike), through
 * {@link SearchService#search} directly (the service's own time), through {@code /api/search} over HTTP with
 * a Bearer token, and with HTTP Basic (a bcrypt check on every request, as a program without a token pays).
 * All three read as city staff in German, top 20. Then, in the same turns, where the rest of the time goes:
 * the token check alone, the query counted for the search insight, HTTP round trips that do not search (an
 * unknown token, a vCard that does not exist), and a search with a browser session. The index holds the demo
 * content and generated news items (100,000 by default, as in the search benchmark; {@code -Dbench.items=N}),
 * on disk as in production. The client is a blocking {@link HttpURLConnection} with keep-alive, as curl or a
 * script would be. Not part of the test suite (profile {@code bench}); run:
 * {@code ./mvnw -Pproduction,bench test -Dtest=ApiTokenBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes target/api-token-benchmark.md; {@code -Dbench.jfr=target/api-token.jfr} also records the measured
 * turns with Java Flight Recorder.
 */
@SpringBootTest(
        classes = PartnerPortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/api-token-benchmark-index"
        })
@ActiveProfiles("test")
class ApiTokenBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 100_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 500);
    private static final int RUNS = Integer.getInteger("bench.runs", 2_000);
    private static final int HITS = 20;
    private static final List<String> QUERIES = List.of(
            "Partnerschaft",
            "Kumamto",
            "Urkunde",
            "Montpellier Weinmesse",
            "Goldene Buch",
            "Jugendaustausch",
            "Einbuergerung",
            "Gora",
            "Delegation",
            "Bürgermeister");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SearchService search;

    @Autowired
    SearchInsight insight;

    @Autowired
    Readers readers;

    @Autowired
    ApiTokenService tokens;

    /** One way of running a query. */
    interface Way {
        void run(String query) throws Exception;
    }

    /** A way's name in the report and its times, sorted. */
    record Timing(String name, long[] nanos) {}

    @Test
    void measure() throws Exception {
        long generated = NewsGenerator.generateNews(dataSource, ITEMS);
        Search.mapping(entityManagerFactory)
                .scope(ContentEntity.class)
                .massIndexer()
                .dropAndCreateSchemaOnStart(true)
                .startAndWait();
        String token = asAdmin(() -> tokens.create(
                        new NewApiToken("Benchmark", Role.STAFF, tokens.today().plusDays(1)))
                .token());
        String bearer = "Bearer " + token;
        String basic = "Basic " + Base64.getEncoder().encodeToString("staff:staff".getBytes(StandardCharsets.UTF_8));
        String unknown = "Bearer pp_" + "x".repeat(43);
        String session = signIn("staff", "staff");

        // the service as the API calls it for a token of city staff: a German reader who sees internal notes
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, AuthorityUtils.createAuthorityList(Role.STAFF.authority())));
        Reader reader = readers.current(Locale.GERMAN);
        Recording recording = startRecording();
        List<Timing> timings = time(List.of(
                new Named(
                        "`SearchService.search` (the service's own time)",
                        query -> search.search(query, reader, HITS, Optional.empty())),
                new Named(
                        "`/api/search` over HTTP, `Authorization: Bearer` token",
                        query -> get(searchPath(query), "Authorization", bearer, 200)),
                new Named(
                        "`/api/search` over HTTP, HTTP Basic (bcrypt on every request)",
                        query -> get(searchPath(query), "Authorization", basic, 200)),
                new Named(
                        "the token check alone, in-process (SHA-256, one lookup by the hash's index)",
                        query -> TokenChecks.check(tokens, token)),
                new Named("`SearchService.search` and the query counted for /search/insight, in-process", query -> {
                    SearchResult result = search.search(query, reader, HITS, Optional.empty());
                    insight.record(result.query(), result.total());
                }),
                new Named(
                        "HTTP round trip with an unknown token (one lookup by hash, JSON 401)",
                        query -> get(searchPath(query), "Authorization", unknown, 401)),
                new Named(
                        "HTTP round trip with the token to a vCard that does not exist (token check, one query, 404)",
                        query -> get("/api/contacts/nobody.vcf", "Authorization", bearer, 404)),
                new Named(
                        "`/api/search` over HTTP with a browser session (its check reads the database)",
                        query -> get(searchPath(query), "Cookie", session, 200))));
        stopRecording(recording);
        SecurityContextHolder.clearContext();

        String report = report(generated, timings);
        System.out.println(report);
        Files.writeString(Path.of("target", "api-token-benchmark.md"), report);
    }

    private record Named(String name, Way way) {}

    /**
     * Each query goes through every way in turn, the order turning with each query; {@link #WARMUP}
     * unmeasured rounds first.
     */
    private static List<Timing> time(List<Named> ways) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            for (Named named : ways) {
                named.way().run(QUERIES.get(i % QUERIES.size()));
            }
        }
        List<long[]> nanos = new ArrayList<>();
        ways.forEach(way -> nanos.add(new long[RUNS]));
        for (int i = 0; i < RUNS; i++) {
            String query = QUERIES.get(i % QUERIES.size());
            for (int turn = 0; turn < ways.size(); turn++) {
                int w = (i + turn) % ways.size();
                long start = System.nanoTime();
                ways.get(w).way().run(query);
                nanos.get(w)[i] = System.nanoTime() - start;
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int w = 0; w < ways.size(); w++) {
            Arrays.sort(nanos.get(w));
            timings.add(new Timing(ways.get(w).name(), nanos.get(w)));
        }
        return timings;
    }

    private static String report(long generated, List<Timing> timings) {
        long[] service = timings.get(0).nanos();
        StringBuilder report = new StringBuilder("""
                # API token benchmark

                %d cores, Java %s; %,d generated news items and the demo content in an on-disk Lucene index, H2 in memory.
                %d queries (%s), %d warm-up and %,d measured runs each way, taken in turns, top %d, as city staff in German;
                HTTP from a blocking client with keep-alive (HttpURLConnection) on the same machine.

                | what | p50 | p95 | p99 |
                |---|---|---|---|
                """.formatted(
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        generated,
                        QUERIES.size(),
                        String.join(", ", QUERIES),
                        WARMUP,
                        RUNS,
                        HITS));
        for (int w = 0; w < timings.size(); w++) {
            if (w == 3) {
                report.append("\nWhere the rest of the time goes, measured in the same turns:\n\n")
                        .append("| what | p50 | p95 | p99 |\n|---|---|---|---|\n");
            }
            Timing timing = timings.get(w);
            report.append("| %s | %s | %s | %s |\n"
                    .formatted(timing.name(), ms(timing.nanos(), 50), ms(timing.nanos(), 95), ms(timing.nanos(), 99)));
            if (w == 2) {
                report.append("\nToken ÷ service at p95: %.2f× (goal ≤ 1.5×). Basic ÷ service at p95: %.2f×.\n"
                        .formatted(
                                (double) percentile(timings.get(1).nanos(), 95) / percentile(service, 95),
                                (double) percentile(timings.get(2).nanos(), 95) / percentile(service, 95)));
            }
        }
        return report.toString();
    }

    /** A GET with one header (or none), its answer read to the end so that the connection is used again. */
    private void get(String path, @Nullable String header, @Nullable String value, int expectedStatus)
            throws IOException {
        HttpURLConnection connection = open(path);
        if (header != null && value != null) {
            connection.setRequestProperty(header, value);
        }
        int status = connection.getResponseCode();
        String body = readAll(status < 400 ? connection.getInputStream() : connection.getErrorStream());
        if (status != expectedStatus) {
            throw new IllegalStateException(path + " answered " + status + ": " + body);
        }
    }

    /** Signs in through the sign-in form, as a person in the browser does; the session cookie. */
    private String signIn(String username, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpBrowser.signIn(browser, "http://localhost:" + port, username, password, false);
        String cookie = cookies.getCookieStore().getCookies().stream()
                .filter(session -> session.getName().equals("JSESSIONID"))
                .map(session -> "JSESSIONID=" + session.getValue())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session after signing in"));
        get(searchPath("Heidelberg"), "Cookie", cookie, 200);
        return cookie;
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection)
                URI.create("http://localhost:" + port + path).toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        return connection;
    }

    private static String readAll(@Nullable InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String searchPath(String query) {
        return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static <T> T asAdmin(Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** With {@code -Dbench.jfr=FILE}: a Java Flight Recording of the measured turns, to see where the time goes. */
    private static @Nullable Recording startRecording() throws Exception {
        String file = System.getProperty("bench.jfr");
        if (file == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(file));
        recording.start();
        return recording;
    }

    private static void stopRecording(@Nullable Recording recording) {
        if (recording != null) {
            recording.stop();
            recording.close();
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long[] sorted, int percent) {
        return "%.2f ms".formatted(percentile(sorted, percent) / 1e6);
    }
}
