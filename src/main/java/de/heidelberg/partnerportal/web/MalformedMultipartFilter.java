package de.heidelberg.partnerportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a multipart request without a boundary ({@code Content-Type: multipart/form-data; boundary=}) with 400
 * before anything reads it. Tomcat cannot parse its parameters, so every filter that asks for one (the security
 * filters, also while the error page is made) fails: the answer was a 500, then an empty 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedMultipartFilter extends OncePerRequestFilter {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary\\s*=\\s*\"?[^\\s\";]");

    private final ErrorBodies bodies;

    MalformedMultipartFilter(ErrorBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || BOUNDARY.matcher(type).find()) {
            chain.doFilter(request, response);
            return;
        }
        ErrorBody body =
                bodies.answer(request, request.getRequestURI(), HttpServletResponse.SC_BAD_REQUEST, null, null);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(body.contentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.text());
    }
}
