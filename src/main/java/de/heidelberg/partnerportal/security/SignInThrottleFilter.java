package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.security.ui.LoginView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt for a locked username or from a locked address before any password is checked
 * (no bcrypt work, and the right password is refused too): the sign-in form goes back to the sign-in page
 * with {@code ?locked=<minutes>}, HTTP Basic answers {@code 429 Too Many Requests} with {@code Retry-After}
 * (seconds) and a JSON error, never the Basic challenge. Placed before the filter that checks the password,
 * whichever provider then checks it.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    /** The JSON error of a refused HTTP Basic attempt. */
    static final String TOO_MANY_ATTEMPTS = "too_many_attempts";

    private static final String BASIC = "Basic";
    private static final RequestMatcher LOGIN_FORM =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + LoginView.ROUTE);

    private final SignInThrottle throttle;
    /** How HTTP Basic refusals are written; null for the sign-in form, which is sent back to its page. */
    private final @Nullable ApiErrors errors;

    private SignInThrottleFilter(SignInThrottle throttle, @Nullable ApiErrors errors) {
        this.throttle = throttle;
        this.errors = errors;
    }

    /** For the sign-in form (POST /login) of the pages' filter chain. */
    static SignInThrottleFilter forForm(SignInThrottle throttle) {
        return new SignInThrottleFilter(throttle, null);
    }

    /** For HTTP Basic on the API's filter chain. */
    static SignInThrottleFilter forBasic(SignInThrottle throttle, ApiErrors errors) {
        return new SignInThrottleFilter(throttle, errors);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username =
                errors == null ? formUsername(request) : basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
        Optional<Duration> refusal = username.flatMap(name -> throttle.refusal(name, request.getRemoteAddr()));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
        } else if (errors == null) {
            response.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE + "?" + LoginView.LOCKED + "="
                    + minutes(refusal.get()));
        } else {
            long minutes = minutes(refusal.get());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(refusal.get())));
            errors.write(
                    request,
                    response,
                    429,
                    TOO_MANY_ATTEMPTS,
                    minutes == 1 ? "sign-in.locked.api-minute" : "sign-in.locked.api-minutes",
                    minutes);
        }
    }

    private static Optional<String> formUsername(HttpServletRequest request) {
        if (!LOGIN_FORM.matches(request)) {
            return Optional.empty();
        }
        String username = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        return Optional.of(username == null ? "" : username);
    }

    /** The username of a well-formed Basic authorization; empty for any other (the Basic filter refuses it). */
    static Optional<String> basicUsername(@Nullable String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (value.length() <= BASIC.length()
                || !value.regionMatches(true, 0, BASIC, 0, BASIC.length())
                || !Character.isWhitespace(value.charAt(BASIC.length()))) {
            return Optional.empty();
        }
        try {
            String credentials = new String(
                    Base64.getDecoder().decode(value.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Whole seconds, rounded up: a client that waits this long is not refused again. */
    static long seconds(Duration remaining) {
        return Math.max(1, (remaining.toMillis() + 999) / 1000);
    }

    /** Whole minutes, rounded up, for people. */
    static long minutes(Duration remaining) {
        return Math.max(1, (seconds(remaining) + 59) / 60);
    }
}
