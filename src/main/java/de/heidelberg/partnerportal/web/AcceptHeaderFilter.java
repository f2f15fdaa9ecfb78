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
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tidies the {@code Accept} header before anything reads it: {@code charset} parameters are left out
 * ({@code application/json; charset=latin1}: the portal answers in UTF-8 only; Spring picked the JSON writer for
 * such a type and then failed to write in that charset, 500), and a header that is no list of media types
 * counts as absent (Spring answered it with an empty 400, also on the error page's own dispatch).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AcceptHeaderFilter extends OncePerRequestFilter {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;,]*)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || (!CHARSET.matcher(accept).find() && readable(accept))) {
            chain.doFilter(request, response);
            return;
        }
        String withoutCharset = CHARSET.matcher(accept).replaceAll("");
        String plain = readable(withoutCharset) ? withoutCharset : MediaType.ALL_VALUE;
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

    /** The error page's dispatch reads the header again. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static boolean readable(String accept) {
        try {
            MediaType.parseMediaTypes(accept);
            return true;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
