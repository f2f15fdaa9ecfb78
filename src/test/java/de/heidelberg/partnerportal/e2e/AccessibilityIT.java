package de.heidelberg.partnerportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * axe-core on every page of the portal, for every demo account, in three languages ({@link #languages}): no serious or
 * critical violation of WCAG 2.0/2.1 A and AA (BITV 2.0) or of axe's best practices. Every page an
 * account can open: its side navigation (read from the page, so a new menu entry is checked without
 * changing this test), the detail page of one item of each kind, the editors, the search page with a
 * query, the 404 and 403 pages, and the login page. One browser; one context per account, signed in once.
 * Also the portal's own, stricter check that a control's name contains the words it shows (AxeAudit).
 * The report of every finding (moderate and minor too) goes to target/accessibility/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    private static final Path REPORTS =
            Path.of(System.getProperty("screenshots.dir", "target/screenshots")).resolveSibling("accessibility");
    private static final List<String> LANGUAGES = List.of("de", "en", "fr");
    private static final boolean ALL_LANGUAGES = Boolean.getBoolean("accessibility.all-languages");
    /** Only these accounts, e.g. -Daccessibility.accounts=anonymous,editor; all when empty. */
    private static final String ACCOUNTS = System.getProperty("accessibility.accounts", "");

    /** One item of each kind, read as its detail page; the search page with a query that finds all kinds. */
    private static final List<String> READER_PAGES = List.of(
            "/partner-cities/cambridge",
            "/networks/energy-cities",
            "/contacts/anna-seitz",
            "/news/jelenia-gora-goldenes-buch",
            "/programmes/international-summer-science-school",
            "/search?q=Montpellier",
            "/no/such/page");

    /** The editor of one item of each kind, the portal's own texts. */
    /** The office's own records, for city staff only (their lists are in the navigation). */
    private static final List<String> OFFICE_RECORDS = List.of(
            "/visits/jelenia-gora-goldenes-buch-2025",
            "/visits/request",
            "/golden-book",
            "/reports?year=2025",
            "/partner-cities/simferopol");

    private static final List<String> OFFICE_EDITORS =
            List.of("/edit/visits/jelenia-gora-goldenes-buch-2025", "/edit/gifts/new");

    private static final List<String> EDITORS = List.of(
            "/edit/partner-cities/cambridge",
            "/edit/networks/energy-cities",
            "/edit/contacts/anna-seitz",
            "/edit/news/jelenia-gora-goldenes-buch",
            "/edit/programmes/international-summer-science-school",
            "/edit/pages/overview");

    /** The demo accounts (README) and what each may open beyond its side navigation. */
    enum Account {
        ANONYMOUS(List.of("/login", "/login?error")),
        PARTNER(concat(READER_PAGES, List.of("/trash", "/visits"))),
        TRANSLATOR(concat(READER_PAGES, EDITORS)),
        STAFF(concat(READER_PAGES, OFFICE_RECORDS, List.of("/admin/users"))),
        EDITOR(concat(
                READER_PAGES, EDITORS, OFFICE_RECORDS, OFFICE_EDITORS, List.of("/edit/news/new", "/admin/users"))),
        ADMIN(concat(READER_PAGES, EDITORS));

        final List<String> pages;

        Account(List<String> pages) {
            this.pages = pages;
        }

        @Nullable
        String username() {
            return this == ANONYMOUS ? null : name().toLowerCase(Locale.ROOT);
        }
    }

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        // a shared machine under load can take longer than Playwright's 5 s for a first page
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        portal = PortalProcess.start();
        chromium = new Chromium();
        Files.createDirectories(REPORTS);
    }

    @AfterAll
    void stop() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        if (chromium != null) {
            chromium.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Account.class)
    void everyPageHasNoSeriousOrCriticalViolations(Account account) throws IOException {
        assumeTrue(
                ACCOUNTS.isBlank()
                        || List.of(ACCOUNTS.toUpperCase(Locale.ROOT).split(",")).contains(account.name()),
                "-Daccessibility.accounts=" + ACCOUNTS);
        long started = System.nanoTime();
        List<AxeAudit.Finding> findings = new ArrayList<>();
        int audits = 0;
        try (BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 800))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            List<String> pages = new ArrayList<>();
            if (account.username() != null) {
                page.navigate(portal.url("/login?lang=de"));
                signIn(page, account.username());
                pages.addAll(sideNavigation(page));
            }
            pages.addAll(account.pages);
            for (Map.Entry<String, List<String>> language :
                    byLanguage(account, pages).entrySet()) {
                String shown = null;
                for (String path : language.getValue()) {
                    long pageStarted = System.nanoTime();
                    shown = open(page, path, language.getKey(), account, shown);
                    long loaded = System.nanoTime();
                    List<AxeAudit.Finding> found =
                            AxeAudit.run(page, account.name().toLowerCase(Locale.ROOT), language.getKey(), path);
                    findings.addAll(found);
                    audits++;
                    System.out.printf(
                            "axe: %s %s %s: page %d ms, axe %d ms, %d findings%n",
                            account,
                            language.getKey(),
                            path,
                            (loaded - pageStarted) / 1_000_000,
                            (System.nanoTime() - loaded) / 1_000_000,
                            found.size());
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        String report = findings.stream().map(AxeAudit.Finding::line).collect(Collectors.joining("\n"));
        Files.writeString(
                REPORTS.resolve("axe-" + account.name().toLowerCase(Locale.ROOT) + ".txt"),
                "%d pages audited in %d s, %d findings%n%s%n".formatted(audits, seconds, findings.size(), report));
        System.out.printf("axe: %s, %d audits in %d s, %d findings%n", account, audits, seconds, findings.size());
        List<String> failing = findings.stream()
                .filter(AxeAudit.Finding::fails)
                .map(AxeAudit.Finding::line)
                .toList();
        assertThat(failing.size())
                .as(
                        "serious or critical violations (account, language, page, rule, impact, target):%n%s%n",
                        String.join("\n", failing))
                .isZero();
    }

    /**
     * The page in the language, shown and done loading: the first page of a language loaded with {@code ?lang=},
     * the next ones reached as a reader reaches them, by a link that Vaadin's router follows without loading
     * the document anew (four times as fast; the language stays). The path shown now.
     */
    private String open(Page page, String path, String language, Account account, @Nullable String shown) {
        try {
            if (shown == null || VaadinPage.pathOnly(shown).equals(VaadinPage.pathOnly(path))) {
                page.navigate(portal.url(withLanguage(path, language)));
                VaadinPage.settle(page);
            } else {
                VaadinPage.follow(page, path);
            }
            assertThat(page.locator("html")).hasAttribute("lang", language);
            return path;
        } catch (AssertionError notShown) {
            throw new AssertionError(
                    "%s was not shown in %s for %s: %s".formatted(path, language, account, notShown.getMessage()),
                    notShown);
        }
    }

    /** The pages to audit per language, in the order given. */
    private static Map<String, List<String>> byLanguage(Account account, List<String> pages) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        int index = 0;
        for (String path : new LinkedHashSet<>(pages)) {
            for (String language : languages(account, index++)) {
                byLanguage.computeIfAbsent(language, any -> new ArrayList<>()).add(path);
            }
        }
        return byLanguage;
    }

    /**
     * The languages a page is audited in: all three for the account with the most pages (the administrator,
     * who sees every page there is) and for the login page, else one per page, in turn, shifted per account,
     * so that the next account reads the same page in the next language. -Daccessibility.all-languages=true
     * audits every page of every account in all three (about three times as long).
     */
    private static List<String> languages(Account account, int pageIndex) {
        if (ALL_LANGUAGES || account == Account.ADMIN || account == Account.ANONYMOUS && pageIndex == 0) {
            return LANGUAGES;
        }
        return List.of(LANGUAGES.get((pageIndex + account.ordinal()) % LANGUAGES.size()));
    }

    private static List<String> sideNavigation(Page page) {
        List<String> paths = new ArrayList<>();
        for (Object path : (List<?>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))")) {
            paths.add("/" + path);
        }
        assertThat(paths).contains("/", "/partner-cities");
        return paths;
    }

    private static String withLanguage(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    private static void signIn(Page page, String account) {
        page.locator("#vaadinLoginUsername input").fill(account);
        page.locator("#vaadinLoginPassword input").fill(account);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return Collections.unmodifiableList(all);
    }
}
