package de.heidelberg.partnerportal.web;

import de.heidelberg.partnerportal.i18n.LinkPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's first request of a page ({@code ?v-r=init&location=…&query=…}) carries the page's address as the
 * browser had it. A crafted one ({@code location=a|b}, {@code query=%' AND 1=1}) made Vaadin fail to parse it
 * (500): both are made fit for parsing here, so that such an address leads to the portal's "not found" page as
 * any other unknown address does. What a browser sends stays as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class VaadinInitFilter extends OncePerRequestFilter {

    static final String LOCATION = "location";
    static final String QUERY = "query";

    /** A % that does not begin an escape of two hex digits. */
    private static final Pattern LONE_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !query.contains("v-r=init");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        tidy(parameters, LOCATION, VaadinInitFilter::location);
        tidy(parameters, QUERY, VaadinInitFilter::escapes);
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public @Nullable String getParameter(String name) {
                        String[] values = parameters.get(name);
                        return values == null || values.length == 0 ? null : values[0];
                    }

                    @Override
                    public Map<String, String[]> getParameterMap() {
                        return parameters;
                    }

                    @Override
                    public String @Nullable [] getParameterValues(String name) {
                        return parameters.get(name);
                    }
                },
                response);
    }

    private static void tidy(Map<String, String[]> parameters, String name, UnaryOperator<String> tidy) {
        String[] values = parameters.get(name);
        if (values != null) {
            String[] tidied = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                tidied[i] = tidy.apply(values[i]);
            }
            parameters.put(name, tidied);
        }
    }

    /** A relative path: no leading or doubled slashes, only characters a path may hold, valid escapes. */
    static String location(String location) {
        String path = SLASHES.matcher(location).replaceAll("/");
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return escapes(LinkPaths.escaped(path));
    }

    /** Every % begins a valid escape. */
    static String escapes(String text) {
        return LONE_PERCENT.matcher(text).replaceAll("%25");
    }
}
