package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Authorization: Bearer pp_…} on the API's filter chain ({@code /api/**}, {@code /feeds/**}) only, so a
 * token never opens a page of the portal. A valid token authenticates this one request with the token's role;
 * the authentication is not saved anywhere and no session is made, so the next request is checked anew. An
 * unknown, malformed, revoked or expired token answers 401 with a JSON error at once, as the search API
 * answers bad input: {@code {"error": "invalid_token", "message": "…"}}. Requests without a bearer token pass
 * on to HTTP Basic and the session.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String SCHEME = "Bearer";
    static final String INVALID_TOKEN = "invalid_token";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;
    private final I18n i18n;
    private final SupportedLanguages languages;
    private final JsonMapper json;

    ApiTokenFilter(
            ApiTokenService tokens,
            SecurityContextHolderStrategy contexts,
            I18n i18n,
            SupportedLanguages languages,
            JsonMapper json) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.i18n = i18n;
        this.languages = languages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        switch (tokens.check(presented.get())) {
            case ApiTokenCheck.Accepted accepted -> {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(accepted.authentication());
                contexts.setContext(context);
                chain.doFilter(request, response);
            }
            case ApiTokenCheck.Refused refused -> refuse(request, response, refused.messageKey());
        }
    }

    /** The token of a Bearer authorization (the scheme in any case); empty ("") when the scheme has none. */
    static Optional<String> bearerToken(@Nullable String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || (value.length() > SCHEME.length() && !Character.isWhitespace(value.charAt(SCHEME.length())))) {
            return Optional.empty();
        }
        return Optional.of(value.substring(SCHEME.length()).strip());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey)
            throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", INVALID_TOKEN);
        body.put("message", i18n.text(messageKey, locale(request)));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                SCHEME + " realm=\"" + SecurityConfig.REALM + "\", error=\"" + INVALID_TOKEN + "\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** {@code ?lang=}, else the Accept-Language header, else English: a program's operator reads it. */
    private Locale locale(HttpServletRequest request) {
        String acceptLanguage = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return languages
                .find(request.getParameter("lang"))
                .or(() -> Optional.ofNullable(acceptLanguage).map(languages::bestMatch))
                .orElseGet(() -> languages.find(Locale.ENGLISH.getLanguage()).orElse(languages.source()));
    }
}
