package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.e2e.VaadinClient.Element;
import de.heidelberg.partnerportal.news.NewsEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The crash harness (not a test of the suite: run with the bench profile after './mvnw -Pproduction package', see
 * README "Crash safety and index self-repair"). It starts the packaged portal on a data folder of its own, signs
 * in as the editor over HTTP with Vaadin's own protocol (the way a browser does, {@link VaadinClient}), and saves
 * news items one after another: a new item, then new titles for it in the same open editor. Every save whose answer said
 * "Gespeichert." is noted with its title. At a random moment it kills the JVM with SIGKILL (kill -9), then opens
 * the portal's H2 database file itself and checks that every confirmed save is there (the item's title is the last
 * confirmed one, or a later save that was under way when the JVM died). Then it starts the portal again on the
 * same folder, waits for the index check that runs after every start, reads what it repaired from the log, and
 * searches every title saved in the round through {@code /api/search}: each must lead to its item. Writes
 * target/crash-harness.md and fails if a confirmed save is lost or missing from the index.
 */
class CrashHarness {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 20);
    /** Each round saves for a random time between these before the kill. */
    private static final Duration SAVING_AT_LEAST = Duration.ofSeconds(3);

    private static final Duration SAVING_AT_MOST = Duration.ofSeconds(20);
    private static final Duration CHECK_TIMEOUT = Duration.ofMinutes(5);

    /**
     * The index's synchronization strategy for the portal under test, when set: {@code async} lets a save return
     * before its index update is written (committed about once a second), so that kills leave far more for the
     * index check to repair than the portal's own setting ({@code write-sync}) does.
     */
    private static final String INDEX_SYNC = System.getProperty("crash.index-sync", "");

    private static final String LANGUAGE = "de";
    private static final Pattern CHECKED =
            Pattern.compile("Search index check: (?:repaired (\\d+) of|the index matches|skipped)[^\\n]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
    private final UiTexts texts = UiTexts.of(LANGUAGE);
    /** Per item (slug): the last confirmed title, and a later one whose save was under way when the JVM died. */
    private final Map<String, Saved> items = new LinkedHashMap<>();

    private int confirmed;
    private int refused;
    private int lost;
    private int notFound;
    private int repairs;
    private int repairingChecks;
    private int lostInFlight;
    private int committedInFlight;
    private final List<String> rounds = new ArrayList<>();

    /** An item's titles: the last one the editor saw confirmed, and one saved after it without an answer. */
    private static final class Saved {
        @Nullable
        String confirmedTitle;

        @Nullable
        String pendingTitle;

        int round;
    }

    @Test
    void killAndRestart() throws Exception {
        Path jar = PortalProcess.packagedJar();
        Path data = PortalProcess.freshDataDirectory();
        PortalProcess portal = PortalProcess.launch(jar, List.of("-Xmx512m"), data, environment());
        portal.awaitHealthy();
        String firstCheck = awaitIndexCheck(portal, 0);
        rounds.add("| start | – | – | – | " + firstCheck + " |");
        for (int round = 1; round <= ROUNDS; round++) {
            int confirmedBefore = confirmed;
            long savingMillis = SAVING_AT_LEAST.toMillis()
                    + (long) (random.nextDouble() * (SAVING_AT_MOST.toMillis() - SAVING_AT_LEAST.toMillis()));
            saveUntilKilled(portal, round, savingMillis);
            int lostBefore = lost;
            checkDatabase(data);
            portal = PortalProcess.launch(jar, List.of("-Xmx512m"), data, environment());
            portal.awaitHealthy();
            String check = awaitIndexCheck(portal, round);
            int notFoundBefore = notFound;
            checkIndex(portal, round);
            rounds.add("| " + round + " | " + savingMillis + " ms | " + (confirmed - confirmedBefore) + " | "
                    + (lost - lostBefore) + " lost, " + (notFound - notFoundBefore) + " not found | " + check + " |");
            System.out.println("crash harness round " + round + ": " + rounds.getLast());
        }
        portal.close();
        report(data);
        assertThat(lost).as("confirmed saves lost").isZero();
        assertThat(notFound)
                .as("confirmed saves missing from the index after the check")
                .isZero();
        assertThat(confirmed).as("confirmed saves").isGreaterThan(ROUNDS);
    }

    private static Map<String, String> environment() {
        return INDEX_SYNC.isEmpty()
                ? Map.of()
                : Map.of("SPRING_JPA_PROPERTIES_HIBERNATE_SEARCH_INDEXING_PLAN_SYNCHRONIZATION_STRATEGY", INDEX_SYNC);
    }

    /** Saves in a thread of its own until the time is up, then kills the portal while it saves. */
    private void saveUntilKilled(PortalProcess portal, int round, long savingMillis) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        Thread saver = new Thread(() -> saveUntilGone(portal, round, killed), "crash-saver");
        saver.start();
        Thread.sleep(savingMillis);
        killed.set(true);
        portal.kill();
        saver.join(Duration.ofMinutes(1));
    }

    private void saveUntilGone(PortalProcess portal, int round, AtomicBoolean killed) {
        try {
            PortalVisitor editor = new PortalVisitor(portal.url(""), LANGUAGE).signIn("editor", "editor");
            for (int number = 1; ; number++) {
                String slug = "crash-" + round + "-" + number;
                VaadinClient ui = create(editor, slug, round);
                // then new titles in the same editor, one save after the other, as an editor who keeps working
                for (int renames = random.nextInt(6); renames > 0; renames--) {
                    ui = rename(editor, ui, slug);
                }
            }
        } catch (IOException | IllegalStateException gone) {
            if (!killed.get()) {
                throw new IllegalStateException("A save failed before the kill", gone);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new news item: the editor's address for new items, its fields filled, saved; the editor stays open. */
    private VaadinClient create(PortalVisitor editor, String slug, int round) throws IOException, InterruptedException {
        VaadinClient ui = editor.open("edit/news/new", List.of(texts.get("action.save")));
        String title = title();
        var rpc = VaadinClient.rpc();
        ui.type(rpc, ui.require("address", labelled(texts.get(ContentForm.SLUG.key()))), slug);
        ui.type(rpc, ui.require("year", VaadinClient.tag("vaadin-integer-field")), "2026");
        ui.type(rpc, germanField(ui, NewsEdit.TITLE.key()), title);
        ui.type(rpc, germanField(ui, NewsEdit.TEASER.key()), "Ein Eintrag der Absturzprobe.");
        ui.type(rpc, germanField(ui, NewsEdit.BODY.key()), "Geschrieben von der **Absturzprobe**.");
        check(editor.send(ui, ui.message(rpc)));
        Saved saved = items.computeIfAbsent(slug, key -> new Saved());
        saved.round = round;
        save(editor, ui, saved, title);
        return ui;
    }

    /**
     * A new German title for the item in the open editor, saved; the item's editor is opened by its address when
     * the one shown is not it (a new item's editor becomes the item's own after its first save). Returns the editor.
     */
    private VaadinClient rename(PortalVisitor editor, VaadinClient open, String slug)
            throws IOException, InterruptedException {
        VaadinClient ui = open;
        if (ui.find(germanTitle()).isEmpty()) {
            ui = editor.open("edit/news/" + slug, List.of(texts.get("action.save")));
        }
        String title = title();
        check(editor.send(ui, ui.message(ui.type(VaadinClient.rpc(), germanField(ui, NewsEdit.TITLE.key()), title))));
        save(editor, ui, items.get(slug), title);
        return ui;
    }

    private void save(PortalVisitor editor, VaadinClient ui, Saved saved, String title)
            throws IOException, InterruptedException {
        saved.pendingTitle = title;
        check(editor.send(ui, ui.click(ui.require("save", VaadinClient.hasClass("save")))));
        if (ui.lastAnswerShows(texts.get("edit.saved"))) {
            saved.confirmedTitle = title;
            saved.pendingTitle = null;
            confirmed++;
        } else {
            refused++;
            saved.pendingTitle = null;
        }
    }

    /** A title with a word of ten random letters that no other title has (and no typo away from another). */
    private String title() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return "Absturzprobe " + word;
    }

    /** Every confirmed save in the database file, read while the portal is dead, as it left the file. */
    private void checkDatabase(Path data) throws SQLException {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("db/portal") + ";WRITE_DELAY=0;FILE_LOCK=FS";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement title = connection.prepareStatement(
                        "select v.text from news_item n join translated_text_value v on v.text_id = n.title_id"
                                + " and v.language = 'de' where n.slug = ?")) {
            for (var item : items.entrySet()) {
                Saved saved = item.getValue();
                title.setString(1, item.getKey());
                String stored = null;
                try (ResultSet row = title.executeQuery()) {
                    if (row.next()) {
                        stored = row.getString(1);
                    }
                }
                if (stored != null && stored.equals(saved.pendingTitle)) {
                    // the save under way was committed, its answer never came: it now counts as the item's title
                    saved.confirmedTitle = stored;
                    committedInFlight++;
                } else if (saved.confirmedTitle != null && !saved.confirmedTitle.equals(stored)) {
                    lost++;
                    System.out.println("LOST: " + item.getKey() + " should be '" + saved.confirmedTitle + "', is '"
                            + stored + "'");
                } else if (saved.pendingTitle != null) {
                    lostInFlight++;
                }
                saved.pendingTitle = null;
            }
        }
        items.values().removeIf(saved -> saved.confirmedTitle == null);
    }

    /** Waits for the index check after a start; what it said. */
    private String awaitIndexCheck(PortalProcess portal, int round) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(CHECK_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Matcher check = CHECKED.matcher(portal.log());
            if (check.find()) {
                if (check.group(1) != null) {
                    repairs += Integer.parseInt(check.group(1));
                    repairingChecks++;
                }
                return check.group().replace("|", "/");
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                "No index check within " + CHECK_TIMEOUT + " after the start of round " + round);
    }

    /** Every item saved in the round found by the word of its title, through the search API, as the editor. */
    private void checkIndex(PortalProcess portal, int round) throws IOException, InterruptedException {
        PortalVisitor editor = new PortalVisitor(portal.url(""), LANGUAGE).signIn("editor", "editor");
        for (var item : items.entrySet()) {
            if (item.getValue().round != round) {
                continue;
            }
            String word = item.getValue().confirmedTitle.substring("Absturzprobe ".length());
            JsonNode answer = JSON.readTree(editor.fetch("/api/search?limit=5&q=" + word));
            boolean found = false;
            for (JsonNode hit : answer.path("hits")) {
                found |= hit.path("url").asText().endsWith("/news/" + item.getKey());
            }
            if (!found) {
                notFound++;
                System.out.println("NOT IN THE INDEX: " + item.getKey() + " '" + item.getValue().confirmedTitle + "'");
            }
        }
    }

    private void report(Path data) throws IOException {
        String report = """
                # Crash harness

                %d rounds of saves killed with SIGKILL at a random moment, on the data folder %s; index
                synchronization: %s.

                - saves confirmed to the editor: %d (refused by the editor's checks: %d)
                - confirmed saves lost from the database: **%d**
                - confirmed saves not found in the index after the check at the next start: **%d**
                - saves under way at the kill (never confirmed): %d reached the database (then checked like confirmed
                  ones), %d did not (not lost: the editor never read "Gespeichert.")
                - index checks at start that repaired documents: %d, documents repaired: %d

                | round | saving before the kill | confirmed | database, index | index check after the restart |
                |---|---|---|---|---|
                %s
                """.formatted(
                        ROUNDS,
                        data,
                        INDEX_SYNC.isEmpty() ? "the portal's own (write-sync)" : INDEX_SYNC,
                        confirmed,
                        refused,
                        lost,
                        notFound,
                        committedInFlight,
                        lostInFlight,
                        repairingChecks,
                        repairs,
                        String.join("\n", rounds));
        Files.writeString(
                Path.of("target", INDEX_SYNC.isEmpty() ? "crash-harness.md" : "crash-harness-" + INDEX_SYNC + ".md"),
                report);
        System.out.println(report);
    }

    private Element germanField(VaadinClient ui, String key) {
        return ui.require(key, germanInput(key));
    }

    private Predicate<Element> germanTitle() {
        return germanInput(NewsEdit.TITLE.key());
    }

    private Predicate<Element> germanInput(String key) {
        String label = texts.get(key);
        return VaadinClient.attribute("lang", LANGUAGE)
                .and(element -> element.property("accessibleName").startsWith(label))
                .and(element -> element.tag.startsWith("vaadin-text"));
    }

    private static Predicate<Element> labelled(String label) {
        return element -> element.property("label").equals(label);
    }

    private static void check(String problem) {
        if (!problem.isEmpty()) {
            throw new IllegalStateException(problem);
        }
    }
}
