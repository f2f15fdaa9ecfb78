package de.heidelberg.partnerportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leaves out {@code charset} parameters of the {@code Accept} header ({@code application/json; charset=latin1}).
 * The portal answers in UTF-8 only; Spring would pick the JSON writer for such a type and then fail to write
 * in that charset (500). Without the parameter the type is answered as usual, in UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AcceptHeaderFilter extends OncePerRequestFilter {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;,]*)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !CHARSET.matcher(accept).find()) {
            chain.doFilter(request, response);
            return;
        }
        String plain = CHARSET.matcher(accept).replaceAll("");
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public @Nullable String getHeader(String name) {
                        return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? plain : super.getHeader(name);
                    }

                    @Override
                    public Enumeration<String> getHeaders(String name) {
                        return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                                ? Collections.enumeration(List.of(plain))
                                : super.getHeaders(name);
                    }
                },
                response);
    }
}
