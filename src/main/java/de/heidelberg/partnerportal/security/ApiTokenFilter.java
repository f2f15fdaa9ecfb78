package de.heidelberg.partnerportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer pp_…} on the API's filter chain ({@code /api/**}, {@code /feeds/**}) only, so a
 * token never opens a page of the portal. A valid token authenticates this one request with the token's role;
 * the authentication is not saved anywhere and no session is made, so the next request is checked anew. An
 * unknown, malformed, revoked or expired token answers 401 with a JSON error at once, as the search API
 * answers bad input: {@code {"error": "invalid_token", "message": "…"}}. Requests without a bearer token pass
 * on to HTTP Basic and the session.
 *
 * <p>One address also takes the token from its query, {@code ?token=pp_…}: the calendar feed
 * ({@link #QUERY_TOKEN_PATH}), because Outlook and other calendar programs subscribe to an address and cannot send an
 * {@code Authorization} header. Only there and only for GET and HEAD; a header wins over the query. The token in an
 * address can end up in a proxy's log or a browser's history, which is why no other address accepts it there; the
 * portal itself never logs it (nor any query), and the feed's answer is not to be cached ({@code no-store}).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String SCHEME = "Bearer";
    static final String INVALID_TOKEN = "invalid_token";
    /** The calendar feed (package calendar), the one address that takes the token as a query parameter. */
    static final String QUERY_TOKEN_PATH = "/feeds/calendar.ics";

    static final String QUERY_TOKEN = "token";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;
    private final ApiErrors errors;

    ApiTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy contexts, ApiErrors errors) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented =
                bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION)).or(() -> queryToken(request));
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

    /** {@code ?token=} on the calendar feed's address, for GET and HEAD; empty elsewhere. */
    static Optional<String> queryToken(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        if (!reading || !QUERY_TOKEN_PATH.equals(path)) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getParameter(QUERY_TOKEN)).map(String::strip);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey)
            throws IOException {
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                SCHEME + " realm=\"" + SecurityConfig.REALM + "\", error=\"" + INVALID_TOKEN + "\"");
        errors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, INVALID_TOKEN, messageKey);
    }
}
