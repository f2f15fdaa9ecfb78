package de.heidelberg.partnerportal.web;

import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.LocaleSelector;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the portal answers for an error status: on the API (and the feed and the actuator, which programs
 * read) {@code {"error": "…", "message": "…"}}, elsewhere a small translated page with the way back to the
 * start page. The language: {@code ?lang=}, the language cookie, {@code Accept-Language}; else English on the
 * API (a program's operator reads it) and German on pages. An unexpected error gets an incident number,
 * logged with its details; the answer names only the number.
 *
 * <p>It reads the request defensively: it also answers requests Tomcat refused as malformed.
 */
@Component
class ErrorBodies {

    private static final Logger log = LoggerFactory.getLogger(ErrorBodies.class);
    private static final Pattern LANG = Pattern.compile("(?:^|&)" + LocaleSelector.PARAMETER + "=([A-Za-z]{2})(?:&|$)");
    private static final String JSON = "application/json;charset=UTF-8";
    private static final String HTML = "text/html;charset=UTF-8";

    private final I18n i18n;
    private final SupportedLanguages languages;
    private final JsonMapper json;

    ErrorBodies(I18n i18n, SupportedLanguages languages, JsonMapper json) {
        this.i18n = i18n;
        this.languages = languages;
        this.json = json;
    }

    /** Addresses that programs read (the backup's for scripts among them): their errors are JSON. */
    static boolean forPrograms(@Nullable String path) {
        return path != null
                && (path.equals("/api")
                        || path.startsWith("/api/")
                        || path.startsWith("/feeds/")
                        || path.equals("/admin/backup/export")
                        || path.equals("/admin/backup/import")
                        || path.equals("/actuator")
                        || path.startsWith("/actuator/"));
    }

    /**
     * The answer for a status on this address.
     *
     * @param answer a more precise refusal from a controller, if any
     * @param failure what went wrong, for 5xx (logged under the incident number)
     */
    ErrorBody answer(
            HttpServletRequest request,
            @Nullable String path,
            int status,
            @Nullable ErrorAnswer answer,
            @Nullable Throwable failure) {
        boolean programs = forPrograms(path);
        Locale locale = locale(request, programs);
        Kind kind = Kind.of(status);
        Object[] parameters = {status};
        if (kind == Kind.INTERNAL) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Incident {}: HTTP {} for {}", incident, status, shortened(path), failure);
            parameters = new Object[] {incident};
        }
        String error = answer == null ? kind.error(status) : answer.error();
        String message = answer == null
                ? i18n.text(kind.textKey, locale, parameters)
                : i18n.text(answer.messageKey(), locale, answer.parameters());
        if (programs) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", error);
            body.put("message", message);
            return new ErrorBody(JSON, json.writeValueAsString(body));
        }
        return new ErrorBody(HTML, page(locale, i18n.text(kind.titleKey, locale), message));
    }

    private String page(Locale locale, String title, String message) {
        String app = i18n.text("app.name", locale);
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " – " + escape(app) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/styles/portal.css\"></head>"
                + "<body><main class=\"page error-page\"><p>" + escape(app) + "</p>"
                + "<h1>" + escape(title) + "</h1><p>" + escape(message) + "</p>"
                + "<a class=\"button-link\" href=\"/\">" + escape(i18n.text("error.home", locale)) + "</a>"
                + "</main></body></html>\n";
    }

    private Locale locale(HttpServletRequest request, boolean programs) {
        Optional<Locale> chosen = queryLanguage(request).or(() -> cookieLanguage(request));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        String accepted = header(request, HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted != null && !accepted.isBlank()) {
            return languages.bestMatch(accepted);
        }
        return programs ? languages.find(Locale.ENGLISH.getLanguage()).orElse(languages.source()) : languages.source();
    }

    /** {@code lang=} from the query as sent (not the parsed parameters, which a malformed query may lack). */
    private Optional<Locale> queryLanguage(HttpServletRequest request) {
        String query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String original
                ? original
                : safely(request::getQueryString);
        if (query == null) {
            return Optional.empty();
        }
        Matcher lang = LANG.matcher(query);
        return lang.find() ? languages.find(lang.group(1)) : Optional.empty();
    }

    private Optional<Locale> cookieLanguage(HttpServletRequest request) {
        Cookie[] cookies = safely(request::getCookies);
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (LocaleSelector.COOKIE.equals(cookie.getName())) {
                return languages.find(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static @Nullable String header(HttpServletRequest request, String name) {
        return safely(() -> request.getHeader(name));
    }

    /** A part of a request that Tomcat could not parse is treated as absent. */
    private static <T> @Nullable T safely(Supplier<@Nullable T> part) {
        try {
            return part.get();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String shortened(@Nullable String path) {
        if (path == null) {
            return "(no address)";
        }
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }

    /** The statuses the portal explains, with the API's code and the page's texts. */
    private enum Kind {
        BAD_REQUEST("bad_request", "error.bad-request.title", "error.bad-request.text"),
        SIGN_IN("unauthorized", "error.sign-in.title", "error.sign-in.text"),
        ACCESS_DENIED("forbidden", "error.access-denied.title", "error.access-denied.text"),
        NOT_FOUND("not_found", "error.not-found.title", "error.nothing-here.text"),
        METHOD("method_not_allowed", "error.method.title", "error.method.text"),
        FORMAT("unsupported_format", "error.format.title", "error.format.text"),
        TOO_LARGE("too_large", "error.too-large.title", "error.too-large.text"),
        OTHER_REFUSAL("", "error.title", "error.refused.text"),
        INTERNAL("internal_error", "error.internal.title", "error.internal.text");

        private final String error;
        private final String titleKey;
        private final String textKey;

        Kind(String error, String titleKey, String textKey) {
            this.error = error;
            this.titleKey = titleKey;
            this.textKey = textKey;
        }

        String error(int status) {
            return error.isEmpty() ? "http_" + status : error;
        }

        static Kind of(int status) {
            return switch (status) {
                case 400 -> BAD_REQUEST;
                case 401 -> SIGN_IN;
                case 403 -> ACCESS_DENIED;
                case 404, 410 -> NOT_FOUND;
                case 405, 501 -> METHOD;
                case 406, 415 -> FORMAT;
                case 413, 414, 431 -> TOO_LARGE;
                default -> status >= 500 ? INTERNAL : OTHER_REFUSAL;
            };
        }
    }
}
