package de.heidelberg.partnerportal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client with cookies that does not follow redirects: a browser without JavaScript. */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;

    public HttpBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The value of a cookie the portal set, if it set it. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** Gives the browser a cookie, as if the portal had set it earlier (a browser restarted without its session). */
    public void setCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is kept as bytes (a file such as a PDF). */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST with this body, as the browser's scripts send it (e.g. Vaadin's UIDL messages). */
    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form; where the portal sends the browser next. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        return signIn(username, password, false);
    }

    /** Signs in through the login form, "stay signed in" ticked or not; where the portal sends the browser next. */
    public String signIn(String username, String password, boolean staySignedIn)
            throws IOException, InterruptedException {
        return signIn(client, baseUrl, username, password, staySignedIn)
                .headers()
                .firstValue("Location")
                .orElse("");
    }

    /**
     * The sign-in as a browser does it, with any HTTP client that keeps cookies: the sign-in page (its session
     * and the CSRF token Spring Security puts into the page for the form), then the form posted with the token.
     */
    public static HttpResponse<String> signIn(
            HttpClient client, String baseUrl, String username, String password, boolean staySignedIn)
            throws IOException, InterruptedException {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "_csrf=" + encode(csrfToken(page)) + "&username=" + encode(username) + "&password="
                + encode(password) + (staySignedIn ? "&remember-me=on" : "");
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a page of the portal (the meta element the sign-in form reads). */
    public static String csrfToken(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
