package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals from the security filters, as the search API answers bad input: a status and
 * {@code {"error": "…", "message": "…"}}, the message in the language of {@code ?lang=} or
 * {@code Accept-Language}, else English (a program's operator reads it).
 */
class ApiErrors {

    private final I18n i18n;
    private final SupportedLanguages languages;
    private final JsonMapper json;

    ApiErrors(I18n i18n, SupportedLanguages languages, JsonMapper json) {
        this.i18n = i18n;
        this.languages = languages;
        this.json = json;
    }

    /** Writes the error; headers such as {@code WWW-Authenticate} are set by the caller before. */
    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String error,
            String messageKey,
            Object... parameters)
            throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", i18n.text(messageKey, locale(request), parameters));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }

    private Locale locale(HttpServletRequest request) {
        return languages.forPrograms(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
