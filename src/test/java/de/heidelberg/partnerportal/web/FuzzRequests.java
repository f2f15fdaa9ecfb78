package de.heidelberg.partnerportal.web;

import de.heidelberg.partnerportal.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The fuzz test's requests: which entry point (weighted), its address with hostile parameters, method, body and
 * headers, from one {@link HostileInput}; each knows whether Tomcat can read it at all.
 */
final class FuzzRequests {

    private static final List<String> ROUTES = List.of(
            "",
            "partner-cities",
            "partner-cities/cambridge",
            "networks",
            "networks/energy-cities",
            "contacts",
            "contacts/anna-seitz",
            "news",
            "news/jelenia-gora-goldenes-buch",
            "programmes",
            "programmes/foerderprogramm",
            "visits",
            "visits/jelenia-gora-goldenes-buch-2025",
            "visits/request",
            "golden-book",
            "gifts",
            "anniversaries",
            "reports",
            "reports/2025.pdf",
            "reports/2025.xlsx",
            "partner-cities/simferopol/documents",
            "search",
            "search/insight",
            "edit/news",
            "edit/partner-cities",
            "edit/networks",
            "edit/contacts",
            "edit/programmes",
            "edit/pages",
            "edit/visits",
            "edit/gifts",
            "translations",
            "trash",
            "admin/users",
            "admin/search",
            "admin/tokens",
            "admin/audit",
            "admin/outbox",
            "password",
            "forgot-password",
            "login");
    private static final List<String> PAGE_PARAMETERS = List.of(
            "lang",
            "q",
            "type",
            "sort",
            "city",
            "network",
            "year",
            "state",
            "direction",
            "continue",
            "error",
            "v-r",
            "location");
    private static final List<String> METHODS =
            List.of("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO", "G-E-T", "GE T");
    private static final List<String> ACCEPTS = List.of(
            "text/html",
            "text/plain",
            "application/json; charset=latin1",
            "application/json;q=abc",
            "*/*;q=0",
            ";;;",
            "application/xml",
            "image/*",
            "text/html;level=1;charset=\"x\"",
            "application/rss+xml; charset=utf-16");
    private static final List<String> CONTENT_TYPES = List.of(
            "multipart/form-data; boundary=",
            "multipart/form-data",
            "multipart/form-data; boundary=x",
            "multipart/mixed; boundary=\"\"",
            "application/json",
            "application/x-www-form-urlencoded; charset=utf-7",
            "application/x-www-form-urlencoded",
            "text/plain; charset=nonsense",
            "application/xml");

    private final HostileInput hostile;
    private final String staffSession;
    private final String partnerSession;
    private final String staffToken;
    private final String adminToken;
    private final String partnerToken;

    FuzzRequests(
            HostileInput hostile,
            String staffSession,
            String partnerSession,
            String staffToken,
            String partnerToken,
            String adminToken) {
        this.adminToken = adminToken;
        this.hostile = hostile;
        this.staffSession = staffSession;
        this.partnerSession = partnerSession;
        this.staffToken = staffToken;
        this.partnerToken = partnerToken;
    }

    /** One request as it is sent; {@code readable}: whether Tomcat can read its request line and headers. */
    record Input(
            int number,
            String area,
            String method,
            String target,
            List<String> headers,
            byte[] body,
            boolean readable) {

        String described() {
            return "#" + number + " " + area + ": " + abbreviated(method + " " + target) + " "
                    + abbreviated(String.join(" | ", headers));
        }
    }

    Input next(int number) {
        List<String> headers = new ArrayList<>();
        // a made-up client address per request (the portal trusts X-Forwarded-For from this host), now and then a
        // hostile one
        headers.add("X-Forwarded-For: "
                + (hostile.chance(5)
                        ? HostileInput.oneLine(hostile.text())
                        : "10." + hostile.nextInt(256) + "." + hostile.nextInt(256) + "." + hostile.nextInt(256)));
        String method = "GET";
        byte[] body = new byte[0];
        String target;
        boolean api = false;
        String area;
        int which = hostile.nextInt(100);
        if (which < 30) {
            area = "search API";
            api = true;
            StringBuilder query = new StringBuilder("/api/search?");
            for (String name : new String[] {"q", "lang", "limit", "type"}) {
                if (hostile.chance(name.equals("q") ? 90 : 40)) {
                    String value = name.equals("limit") ? hostile.number() : hostile.text();
                    query.append(name)
                            .append('=')
                            .append(hostile.inAddress(value))
                            .append('&');
                }
            }
            if (hostile.chance(10)) {
                query.append(hostile.inAddress(hostile.text())).append('=').append(hostile.inAddress(hostile.text()));
            }
            target = query.toString();
        } else if (which < 37) {
            area = "feed";
            api = true;
            target = hostile.pick(List.of("/feeds/news.xml", "/feeds/calendar.ics"))
                    + (hostile.chance(80) ? "?lang=" + hostile.inAddress(hostile.text()) : "")
                    + (hostile.chance(20) ? "&token=" + hostile.inAddress(hostile.text()) : "");
        } else if (which < 44) {
            area = "vCard";
            api = true;
            target = "/api/contacts/" + hostile.inAddress(hostile.text()) + ".vcf"
                    + (hostile.chance(30) ? "?lang=" + hostile.inAddress(hostile.text()) : "");
        } else if (which < 49) {
            area = "image";
            api = true;
            target = "/api/images/" + hostile.inAddress(hostile.chance(50) ? hostile.number() : hostile.text());
        } else if (which < 74) {
            area = "page";
            StringBuilder page = new StringBuilder("/").append(hostile.pick(ROUTES));
            if (hostile.chance(50)) {
                page.append('/').append(hostile.inAddress(hostile.text()));
            }
            page.append('?');
            for (String name : PAGE_PARAMETERS) {
                if (hostile.chance(name.equals("lang") ? 40 : 15)) {
                    page.append(name)
                            .append('=')
                            .append(hostile.inAddress(hostile.text()))
                            .append('&');
                }
            }
            target = page.toString();
        } else if (which < 77) {
            area = "Vaadin init";
            target = "/?v-r=init&location=" + hostile.inAddress(hostile.text()) + "&query="
                    + hostile.inAddress(hostile.text());
        } else if (which < 80) {
            area = "Vaadin UIDL";
            method = "POST";
            target = "/?v-r=uidl&v-uiId=" + hostile.inAddress(hostile.number());
            headers.add("Content-Type: application/json; charset=UTF-8");
            body = (hostile.chance(50)
                            ? "{\"csrfToken\":\"" + hostile.text().replace("\"", "\\\"")
                                    + "\",\"rpc\":[{\"type\":\"event\","
                                    + "\"node\":" + hostile.number()
                                    + ",\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                                    + hostile.text().replace("\\", "").replace("\"", "") + "\"}}],\"syncId\":"
                                    + hostile.number() + ",\"clientId\":" + hostile.number() + "}"
                            : hostile.text())
                    .getBytes(StandardCharsets.UTF_8);
        } else if (which < 83) {
            area = "sign-in form";
            method = "POST";
            target = "/login";
            headers.add("Content-Type: application/x-www-form-urlencoded");
            // never a real username: a wrong password would lock a demo account
            body = ("username=" + hostile.inAddress("fuzz" + hostile.text()) + "&password="
                            + hostile.inAddress(hostile.text())
                            + (hostile.chance(50) ? "&_csrf=" + hostile.inAddress(hostile.text()) : ""))
                    .getBytes(StandardCharsets.UTF_8);
        } else if (which < 86) {
            area = "static";
            target = hostile.pick(List.of("/styles/", "/images/", "/VAADIN/", "/VAADIN/build/", "/favicon.ico/", "/"))
                    + hostile.inAddress(hostile.text());
        } else if (which < 88) {
            area = "actuator";
            target = hostile.pick(List.of("/actuator/", "/actuator/health/", "/actuator/health?"))
                    + hostile.inAddress(hostile.text());
        } else if (which < 90) {
            // the backup's restore for scripts (an administrator's token now and then): every refusal is JSON and
            // nothing is written (the portal is not empty, and the archives are hostile)
            area = "backup import";
            api = true;
            method = "POST";
            target = "/admin/backup/import" + (hostile.chance(30) ? "?lang=" + hostile.inAddress(hostile.text()) : "");
            headers.add("Content-Type: application/zip");
            body = hostile.chance(50)
                    ? ("PK\u0003\u0004" + hostile.text()).getBytes(StandardCharsets.ISO_8859_1)
                    : hostile.text().getBytes(StandardCharsets.UTF_8);
            if (hostile.chance(60)) {
                headers.add("Authorization: Bearer " + adminToken);
            }
        } else {
            area = "any address";
            StringBuilder path = new StringBuilder();
            do {
                path.append('/').append(hostile.inAddress(hostile.text()));
            } while (hostile.chance(40));
            target = path.toString();
        }

        if (method.equals("GET") && hostile.chance(20)) {
            method = hostile.pick(METHODS);
        }
        if (List.of("POST", "PUT", "PATCH").contains(method) && body.length == 0) {
            body = hostile.text().getBytes(StandardCharsets.UTF_8);
        }
        if (!method.equals("GET") && hostile.chance(30)) {
            headers.removeIf(header -> header.startsWith("Content-Type"));
            headers.add("Content-Type: " + hostile.pick(CONTENT_TYPES));
        }
        if (headers.stream().noneMatch(header -> header.startsWith("Authorization"))) {
            credentials(headers, api);
        }
        if (hostile.chance(30)) {
            headers.add("Accept-Language: "
                    + (hostile.chance(70) ? HostileInput.oneLine(hostile.text()) : hostile.pick(List.of("fr", "en"))));
        }
        if (hostile.chance(20)) {
            headers.add(
                    "Accept: " + (hostile.chance(70) ? hostile.pick(ACCEPTS) : HostileInput.oneLine(hostile.text())));
        }
        if (hostile.chance(5)) {
            headers.add("Cookie: portal-lang=" + HostileInput.oneLine(hostile.text()));
        }
        return new Input(number, area, method, target, headers, body, readable(method, target, headers));
    }

    /**
     * Who asks: on the API mostly an API token (HTTP Basic checks bcrypt, 70 ms a request, so it is a twentieth
     * only), on pages a signed-in session; else hostile credentials, a made-up session or nobody.
     */
    private void credentials(List<String> headers, boolean api) {
        int how = hostile.nextInt(100);
        if (how < 35) {
            headers.add(api ? "Authorization: Bearer " + staffToken : "Cookie: JSESSIONID=" + staffSession);
        } else if (how < 60) {
            headers.add(api ? "Authorization: Bearer " + partnerToken : "Cookie: JSESSIONID=" + partnerSession);
        } else if (how < 65) {
            headers.add(
                    api
                            ? "Authorization: " + RawHttp.basic("partner", "partner")
                            : "Cookie: JSESSIONID=" + staffSession);
        } else if (how < 80) {
            String garbage = HostileInput.oneLine(hostile.text());
            headers.add("Authorization: "
                    + hostile.pick(List.of(
                            // a username no account has: a wrong password locks only it (and the made-up address)
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(("fuzz" + garbage + ":" + garbage)
                                                    .getBytes(StandardCharsets.UTF_8)),
                            "Basic " + garbage,
                            "Basic",
                            "Bearer pp_" + garbage,
                            "Bearer " + garbage,
                            "Negotiate " + garbage,
                            garbage)));
        } else if (how < 88) {
            headers.add("Cookie: JSESSIONID=" + HostileInput.oneLine(hostile.text()));
        }
        // else: anonymous
    }

    /**
     * Whether Tomcat can read the request line and the headers (a valid method, only printable ASCII but # in the
     * address, request line and headers within 8 KB); only then can the answer know the address.
     */
    private static boolean readable(String method, String target, List<String> headers) {
        if (!method.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '-')) {
            return false;
        }
        if (target.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == '#')) {
            return false;
        }
        // TRACE with a content type: Tomcat's connector refuses it (400, Allow) before any valve could answer
        if (method.equals("TRACE") && headers.stream().anyMatch(header -> header.startsWith("Content-Type"))) {
            return false;
        }
        int size = method.length() + target.getBytes(StandardCharsets.UTF_8).length + 20;
        for (String header : headers) {
            if (header.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
                return false;
            }
            size += header.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return size < 8_000;
    }

    static String abbreviated(String text) {
        String line = text.replaceAll("\\p{Cntrl}", "·");
        return line.length() > 300 ? line.substring(0, 300) + "… (" + line.length() + " chars)" : line;
    }
}
