package de.heidelberg.partnerportal.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser, without the browser: its own cookies (so its own HTTP session), the login form,
 * a page opened by its address with Vaadin's bootstrap, init and first navigation, the same protocol as
 * {@link PortalSimulation}. Used to leave many sessions open, one after another, for a heap histogram.
 */
final class PortalVisitor {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final String language;
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    PortalVisitor(String base, String language) {
        this.base = base;
        this.language = language;
    }

    private String lastPage = "";

    /** The login page as a browser opens it (its own UI), then the form posted. */
    PortalVisitor signIn(String user, String password) throws IOException, InterruptedException {
        open("login", List.of());
        Matcher token = CSRF.matcher(lastPage);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "_csrf=" + encode(token.group(1)) + "&username=" + encode(user) + "&password=" + encode(password);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode() + " " + location);
        }
        return this;
    }

    /**
     * A page's UI made, as the browser's first request after loading its address makes it, and left before
     * its first navigation, as by a tab reloaded while it loads. Returns its UI.
     */
    VaadinClient startOpening(String route) throws IOException, InterruptedException {
        get("/" + route + "?lang=" + language);
        VaadinClient ui = new VaadinClient();
        check(ui.init(get("/?v-r=init&location=" + route + "&query=lang%3D" + language)));
        return ui;
    }

    /** A page opened by its address; fails unless the page shows every one of the texts. Returns its UI. */
    VaadinClient open(String route, List<String> expected) throws IOException, InterruptedException {
        lastPage = get("/" + route + "?lang=" + language);
        VaadinClient ui = new VaadinClient();
        check(ui.init(get("/?v-r=init&location=" + route + "&query=lang%3D" + language)));
        check(send(ui, ui.navigate("/" + route, "lang=" + language)));
        check(ui.expectShown(expected));
        var settle = ui.settle();
        if (settle.isPresent()) {
            check(send(ui, settle.get()));
        }
        return ui;
    }

    /** A UIDL message to one of this browser's UIs; "" when the answer is a UIDL answer, else what it is. */
    String send(VaadinClient ui, String message) throws IOException, InterruptedException {
        return ui.accept(post(ui, message));
    }

    /** Any address of the portal with this browser's cookies (its session), e.g. the search API; the body of its 200. */
    String fetch(String path) throws IOException, InterruptedException {
        return get(path);
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private String post(VaadinClient ui, String message) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.uiId()))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(message))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static void check(String problem) {
        if (!problem.isEmpty()) {
            throw new IllegalStateException(problem);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
