package de.heidelberg.partnerportal.e2e;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.e2e.VaadinClient.Element;
import de.heidelberg.partnerportal.news.NewsEdit;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The portal under load, spoken to as browsers speak to it (Vaadin's protocol over HTTP, no browser):
 * sign-in through the form, the bootstrap page and {@code ?v-r=init}, then UIDL messages with the UI's
 * security key, {@code syncId} and {@code clientId}: navigation as the router does it, typing in the
 * header search and choosing a suggestion, the search page, partner cities, the news list while
 * scrolling, and for editors an editor opened and a change saved. Every answer is checked for what the
 * page must show (its title in the reader's language, a city's name, "Saved."), so an answer with an
 * error, an expired session or the login page fails the request instead of passing as fast.
 *
 * <p>Mix: 45 % staff (German), 40 % partners (half English, half French), 15 % editors (German), each
 * signing in once and then browsing until the run ends, thinking between actions. Settings (system
 * properties): {@code load.url}, {@code load.users}, {@code load.ramp} and {@code load.hold} (seconds),
 * {@code load.think.min} and {@code load.think.max} (seconds). The run fails (Gatling's assertions)
 * when any request failed or too few were made.
 */
public class PortalSimulation extends Simulation {

    /** A setting of the run, read when the simulation is built (so one JVM can run several). */
    static String setting(String name, String otherwise) {
        return System.getProperty("load." + name, otherwise);
    }

    private static Duration seconds(String name, String otherwise) {
        return Duration.ofMillis(Math.round(1000 * Double.parseDouble(setting(name, otherwise))));
    }

    /** Partner cities every reader may see, with their names (the same in every language). */
    private static final List<String[]> CITIES = List.of(
            new String[] {"cambridge", "Cambridge"},
            new String[] {"montpellier", "Montpellier"},
            new String[] {"palo-alto", "Palo Alto"},
            new String[] {"kumamoto", "Kumamoto"},
            new String[] {"rehovot", "Rehovot"},
            new String[] {"hangzhou", "Hangzhou"},
            new String[] {"bautzen", "Bautzen"});

    private static final List<String> SEARCHES =
            List.of("Cambridge", "Montpellier", "Jugendaustausch", "Kumamoto", "Bautzen");

    private static final AtomicInteger EDITORS = new AtomicInteger();

    // ---- the protocol, step by step ----

    private static VaadinClient client(Session session) {
        return (VaadinClient) session.get("client");
    }

    private static String t(Session session, String key, Object... arguments) {
        return UiTexts.of(session.getString("lang")).get(key, arguments);
    }

    /** One UIDL message; the answer is applied to the UI and must show what {@code expect} asks. */
    private static HttpRequestActionBuilder uidl(
            String name, Function<Session, String> message, Function<Session, String> expect) {
        return http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + client(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(message::apply))
                .check(timed(name), status().is(200))
                .check(bodyString()
                        .transformWithSession((body, session) -> {
                            String problem = client(session).accept(body);
                            return failure(name, problem.isEmpty() ? expect.apply(session) : problem);
                        })
                        .is(""));
    }

    /** The response time, kept for the benchmark's percentiles (Gatling's own report has them too). */
    private static io.gatling.javaapi.core.CheckBuilder timed(String name) {
        return responseTimeInMillis().transform(millis -> {
            LoadRecorder.record(name, millis);
            return millis;
        });
    }

    private static String failure(String name, String problem) {
        if (!problem.isEmpty()) {
            LoadRecorder.failed(name);
        }
        return problem;
    }

    private static Function<Session, String> shows(Function<Session, List<String>> texts) {
        return session -> client(session).expectShown(texts.apply(session));
    }

    private static final Function<Session, String> ANYTHING = session -> "";

    /** After an answer that attached components, the client reports their first property values. */
    private static ChainBuilder settle(String action) {
        return doIf(session -> client(session).settle().isPresent())
                .then(exec(uidl(
                        action + " (settle)",
                        session -> client(session).settle().orElseThrow(),
                        ANYTHING)));
    }

    /** A page opened by its address (a bookmark, typing the URL): the bootstrap page, init, the route. */
    private static ChainBuilder open(String action, String route, Function<Session, List<String>> expect) {
        return exec(session -> session.set("client", new VaadinClient()))
                .exec(http(action + " (page)")
                        .get(session -> "/" + route + "?lang=" + session.getString("lang"))
                        .check(
                                timed(action + " (page)"),
                                status().is(200),
                                regex("window\\.Vaadin").exists())
                        // Spring Security's token for forms posted outside Vaadin (the login form)
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                                .optional()
                                .saveAs("csrf")))
                .exec(http(action + " (init)")
                        .get(session -> "/?v-r=init&location=" + route + "&query=lang%3D" + session.getString("lang"))
                        .check(timed(action + " (init)"), status().is(200))
                        .check(bodyString()
                                .transformWithSession((body, session) -> failure(
                                        action + " (init)", client(session).init(body)))
                                .is("")))
                .exec(uidl(
                        action,
                        session -> client(session).navigate("/" + route, "lang=" + session.getString("lang")),
                        shows(expect)))
                .exec(settle(action));
    }

    /** A link inside the app followed: the router's navigation over the open UI. */
    private static ChainBuilder navigate(
            String action, Function<Session, String> route, Function<Session, List<String>> expect) {
        return exec(uidl(action, session -> client(session).navigate(route.apply(session), ""), shows(expect)))
                .exec(settle(action));
    }

    private static ChainBuilder think() {
        return exec(pause(seconds("think.min", "5"), seconds("think.max", "10")));
    }

    /** The login form: its page (with Spring Security's CSRF token), then the form posted. */
    private static ChainBuilder signIn() {
        return exec(open("login page", "login", session -> List.of(t(session, "login.stay-signed-in"))))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", "#{user}")
                        .formParam("password", "#{user}")
                        .disableFollowRedirect()
                        .check(timed("sign in"), status().is(302))
                        .check(header("Location")
                                .transform(location ->
                                        failure("sign in", location.contains("error") ? "refused: " + location : ""))
                                .is("")));
    }

    private static ChainBuilder startPage() {
        return open("start page", "", session -> List.of(t(session, "nav.cities"), t(session, "nav.news")));
    }

    /** The start page again, through the navigation (the UI stays; a reload would make a new one). */
    private static ChainBuilder homeLink() {
        return navigate("start page (link)", session -> "", session -> List.of(t(session, "nav.cities")));
    }

    private static ChainBuilder partnerCities() {
        return navigate(
                "partner cities",
                session -> "partner-cities",
                session -> List.of(t(session, "nav.cities"), "Montpellier", "Kumamoto"));
    }

    private static ChainBuilder cityPage() {
        return exec(session -> session.set(
                        "city", CITIES.get(ThreadLocalRandom.current().nextInt(CITIES.size()))))
                .exec(navigate(
                        "city page",
                        session -> "partner-cities/" + session.<String[]>get("city")[0],
                        session -> List.of(session.<String[]>get("city")[1])));
    }

    /** Typing a city's first letters in the header search, the suggestions, choosing the city. */
    private static ChainBuilder headerSearch() {
        Function<Session, Element> field =
                session -> client(session).require("header search", VaadinClient.hasClass("header-search"));
        return exec(session -> {
                    String[] city = CITIES.get(ThreadLocalRandom.current().nextInt(CITIES.size()));
                    return session.set("city", city).set("typed", city[1].substring(0, 4));
                })
                .exec(uidl(
                        "header search: typing",
                        session -> {
                            Element combo = field.apply(session);
                            var rpc = VaadinClient.rpc()
                                    .add(VaadinClient.sync(
                                            combo.node, "filter", VaadinClient.text(session.getString("typed"))))
                                    .add(VaadinClient.event(combo.node, "filter-changed", VaadinClient.noData()))
                                    .add(VaadinClient.sync(combo.node, "opened", VaadinClient.flag(true)))
                                    .add(VaadinClient.event(combo.node, "opened-changed", VaadinClient.noData()));
                            return client(session).message(rpc);
                        },
                        ANYTHING))
                .exec(uidl(
                        "header search: suggestions",
                        session -> client(session)
                                .call(
                                        field.apply(session),
                                        "setViewportRange",
                                        VaadinClient.number(0),
                                        VaadinClient.number(50),
                                        VaadinClient.text(session.getString("typed"))),
                        session -> client(session)
                                        .itemKey(session.<String[]>get("city")[1])
                                        .isPresent()
                                ? ""
                                : "no suggestion " + session.<String[]>get("city")[1]))
                .exec(session -> session.set(
                                "suggestion",
                                client(session)
                                        .itemKey(session.<String[]>get("city")[1])
                                        .orElseThrow())
                        .set("update", client(session).confirmId()))
                .exec(uidl(
                        "header search: confirm",
                        session -> client(session)
                                .call(
                                        field.apply(session),
                                        "confirmUpdate",
                                        VaadinClient.number(session.getInt("update"))),
                        ANYTHING))
                .exec(uidl(
                        "header search: choose",
                        session -> {
                            Element combo = field.apply(session);
                            var rpc = VaadinClient.rpc()
                                    .add(VaadinClient.sync(combo.node, "filter", VaadinClient.text("")))
                                    .add(VaadinClient.event(combo.node, "filter-changed", VaadinClient.noData()))
                                    .add(VaadinClient.sync(
                                            combo.node, "value", VaadinClient.text(session.getString("suggestion"))))
                                    .add(VaadinClient.event(combo.node, "value-changed", VaadinClient.noData()))
                                    .add(VaadinClient.sync(combo.node, "opened", VaadinClient.flag(false)))
                                    .add(VaadinClient.event(combo.node, "opened-changed", VaadinClient.noData()));
                            return client(session).message(rpc);
                        },
                        shows(session -> List.of(session.<String[]>get("city")[1]))))
                .exec(settle("header search: choose"));
    }

    /** Words typed in the header search and Enter: the search page with its results. */
    private static ChainBuilder searchPage() {
        return exec(session -> session.set(
                        "query", SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size()))))
                .exec(uidl(
                        "search page",
                        session -> {
                            Element combo =
                                    client(session).require("header search", VaadinClient.hasClass("header-search"));
                            var data = VaadinClient.noData().put("event.detail", session.getString("query"));
                            return client(session)
                                    .message(VaadinClient.rpc()
                                            .add(VaadinClient.event(combo.node, "custom-value-set", data)));
                        },
                        shows(session -> List.of(t(session, "search.title"), session.getString("query")))))
                .exec(settle("search page"));
    }

    /** The news list, then its items fetched as the list scrolls. */
    private static ChainBuilder newsList() {
        return exec(navigate("news list", session -> "news", session -> List.of(t(session, "nav.news"))))
                .exec(uidl(
                        "news list: scroll",
                        session -> client(session)
                                .call(
                                        client(session)
                                                .require("news list", VaadinClient.hasClass("news-virtual-list")),
                                        "setViewportRange",
                                        VaadinClient.number(0),
                                        VaadinClient.number(12)),
                        session -> client(session)
                                        .find(VaadinClient.hasClass("news-teaser"))
                                        .isPresent()
                                ? ""
                                : "no news teaser"))
                .exec(settle("news list: scroll"));
    }

    /** An editor's own news item: the new item's editor, its fields filled, saved. */
    private static ChainBuilder createNews() {
        return exec(session -> session.set(
                        "slug", "lasttest-" + EDITORS.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36)))
                .exec(navigate(
                        "editor: new item", session -> "edit/news/new", session -> List.of(t(session, "action.save"))))
                .exec(think())
                .exec(uidl(
                        "editor: save new item",
                        session -> {
                            VaadinClient ui = client(session);
                            String slug = session.getString("slug");
                            var rpc = VaadinClient.rpc();
                            ui.type(rpc, ui.require("address", labelled(t(session, ContentForm.SLUG.key()))), slug);
                            ui.type(rpc, ui.require("year", VaadinClient.tag("vaadin-integer-field")), "2026");
                            ui.type(rpc, germanField(ui, session, NewsEdit.TITLE.key()), "Lasttest " + slug);
                            ui.type(rpc, germanField(ui, session, NewsEdit.TEASER.key()), "Ein Eintrag des Lasttests.");
                            ui.type(
                                    rpc,
                                    germanField(ui, session, NewsEdit.BODY.key()),
                                    "Geschrieben vom **Lasttest**.");
                            return ui.message(rpc);
                        },
                        ANYTHING))
                .exec(save());
    }

    /** The editor of the editor's own item opened, the English title changed, saved. */
    private static ChainBuilder editNews() {
        return exec(navigate(
                        "editor: open",
                        session -> "edit/news/" + session.getString("slug"),
                        session -> List.of("Lasttest " + session.getString("slug"))))
                .exec(think())
                .exec(uidl(
                        "editor: typing",
                        session -> {
                            VaadinClient ui = client(session);
                            Element english = ui.require(
                                    "English title",
                                    VaadinClient.attribute("lang", "en")
                                            .and(element -> element.property("accessibleName")
                                                    .startsWith(t(session, NewsEdit.TITLE.key()))));
                            return ui.message(ui.type(VaadinClient.rpc(), english, "Load test " + System.nanoTime()));
                        },
                        ANYTHING))
                .exec(save());
    }

    /** Save clicked in an open editor; the answer must say "Saved.". */
    private static ChainBuilder save() {
        return exec(uidl(
                        "editor: save",
                        session ->
                                client(session).click(client(session).require("save", VaadinClient.hasClass("save"))),
                        shows(session -> List.of(t(session, "edit.saved")))))
                .exec(settle("editor: save"));
    }

    private static java.util.function.Predicate<Element> labelled(String label) {
        return element -> element.property("label").equals(label);
    }

    private static Element germanField(VaadinClient ui, Session session, String key) {
        String label = t(session, key);
        return ui.require(
                key,
                VaadinClient.attribute("lang", "de")
                        .and(element -> element.property("accessibleName").startsWith(label))
                        .and(element -> element.tag.startsWith("vaadin-text")));
    }

    // ---- who does what ----

    private static ScenarioBuilder reader(String name, String user, List<String> languages) {
        return scenario(name)
                .exec(session -> session.set("user", user)
                        .set("lang", languages.get(ThreadLocalRandom.current().nextInt(languages.size()))))
                .exec(signIn())
                .exec(startPage())
                .forever()
                .on(recovering(exec(think())
                        .exec(partnerCities())
                        .exec(think())
                        .exec(cityPage())
                        .exec(think())
                        .exec(headerSearch())
                        .exec(think())
                        .exec(searchPage())
                        .exec(think())
                        .exec(newsList())
                        .exec(think())
                        .exec(homeLink())));
    }

    private static ScenarioBuilder editor() {
        return scenario("editors")
                .exec(session -> session.set("user", "editor").set("lang", "de"))
                .exec(signIn())
                .exec(startPage())
                .exec(think())
                .exec(createNews())
                .forever()
                .on(recovering(exec(think())
                        .exec(cityPage())
                        .exec(think())
                        .exec(newsList())
                        .exec(think())
                        .exec(editNews())
                        .exec(think())
                        .exec(searchPage())));
    }

    /**
     * A round of actions that stops at its first failed request (counted), after which the user reloads
     * the start page as a person would, instead of clicking on in a page that never came.
     */
    private static ChainBuilder recovering(ChainBuilder round) {
        return exec(exitBlockOnFail().on(round))
                .exec(doIf(Session::isFailed)
                        .then(exec(Session::markAsSucceeded).exec(think()).exec(startPage())));
    }

    {
        int users = Integer.parseInt(setting("users", "10"));
        Duration ramp = seconds("ramp", "10");
        HttpProtocolBuilder protocol = http.baseUrl(setting("url", "http://localhost:8080"))
                .acceptHeader("*/*")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) PartnerPortalLoadTest/1.0");
        int editors = Math.max(1, Math.round(users * 0.15f));
        int partners = Math.max(1, Math.round(users * 0.40f));
        int staff = Math.max(1, users - editors - partners);
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(reader("staff", "staff", List.of("de"))
                .injectOpen(rampUsers(staff).during(ramp)));
        populations.add(reader("partners", "partner", List.of("en", "fr"))
                .injectOpen(rampUsers(partners).during(ramp)));
        populations.add(editor().injectOpen(rampUsers(editors).during(ramp)));
        setUp(populations)
                .protocols(protocol)
                .maxDuration(ramp.plus(seconds("hold", "30")))
                .assertions(
                        global().failedRequests().count().is(0L),
                        // a run that made (almost) no requests must not pass as a fast one
                        global().allRequests().count().gte((long) users * 5));
    }
}
