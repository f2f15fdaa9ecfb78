package de.heidelberg.partnerportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * "Stay signed in", ticked at sign-in: a request without a session (a browser restarted, a node that died)
 * signs in again from the device's cookie. Spring's persistent-token scheme — a series per device and a token
 * that changes at every such sign-in, so that a stolen cookie shows when the device comes back with an old
 * token, and every device of the account is signed out — with two changes for requests that are on their
 * way at the same moment, which Spring takes for theft:
 *
 * <ul>
 *   <li>a page that is left sends Vaadin's closing beacon while the next page's request is already on its
 *       way, both with the same cookie (after a node died, or a session ended): the token the device had
 *       until a moment ago still signs in for {@link #IN_FLIGHT}, and both answers give the device the same
 *       new token;
 *   <li>the token changes only if the device still holds the token it showed (one statement), so two such
 *       requests cannot both change it and leave the browser with one that is no longer valid.
 * </ul>
 */
final class StaySignedIn extends AbstractRememberMeServices {

    /** How long a device's previous token still signs in after it changed: requests already on their way. */
    static final Duration IN_FLIGHT = Duration.ofSeconds(30);

    private static final int RANDOM_BYTES = 16;

    private final RememberMeTokens tokens;
    private final Clock clock;
    private final SecurityAudit audit;
    private final SecureRandom random = new SecureRandom();

    StaySignedIn(String key, UserDetailsService accounts, RememberMeTokens tokens, Clock clock, SecurityAudit audit) {
        super(key, accounts);
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookie, HttpServletRequest request, HttpServletResponse response) {
        if (cookie.length != 2) {
            throw new InvalidCookieException("A stay-signed-in cookie holds a series and a token");
        }
        String series = cookie[0];
        String presented = cookie[1];
        RememberMeTokens.Device device = device(series);
        Instant now = clock.instant();
        if (device.lastUsed().plusSeconds(getTokenValiditySeconds()).isBefore(now)) {
            throw new RememberMeAuthenticationException("The stay-signed-in token has expired");
        }
        if (same(presented, device.token())) {
            String next = random();
            if (tokens.replace(series, presented, next, now)) {
                setCookie(new String[] {series, next}, getTokenValiditySeconds(), request, response);
                return getUserDetailsService().loadUserByUsername(device.username());
            }
            device = device(series); // another request of this device changed it a moment ago
        }
        if (same(presented, device.previousToken())
                && device.lastUsed().plus(IN_FLIGHT).isAfter(now)) {
            setCookie(new String[] {series, device.token()}, getTokenValiditySeconds(), request, response);
            return getUserDetailsService().loadUserByUsername(device.username());
        }
        tokens.removeUserTokens(device.username());
        audit.record(SecurityAction.STAY_SIGNED_IN_ENDED, null, device.username(), request.getRemoteAddr(), Map.of());
        throw new CookieTheftException(
                "An old stay-signed-in token was shown again: every device of " + device.username() + " is signed out");
    }

    /** An old token ends in the sign-in page (and the audit log), not in an error: Spring would throw on. */
    @Override
    public @Nullable Authentication autoLogin(HttpServletRequest request, HttpServletResponse response) {
        try {
            return super.autoLogin(request, response);
        } catch (CookieTheftException theft) {
            logger.warn(theft.getMessage());
            return null; // the cookie is cancelled; the request goes on without a user
        }
    }

    @Override
    protected void onLoginSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String series = random();
        String token = random();
        try {
            tokens.create(authentication.getName(), series, token, clock.instant());
            setCookie(new String[] {series, token}, getTokenValiditySeconds(), request, response);
        } catch (RuntimeException notSaved) {
            // the sign-in itself succeeded; only staying signed in is not offered this time
            logger.error("Could not save a stay-signed-in token", notSaved);
        }
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        super.logout(request, response, authentication);
        if (authentication != null) {
            tokens.removeUserTokens(authentication.getName());
        }
    }

    private RememberMeTokens.Device device(String series) {
        return tokens.find(series)
                .orElseThrow(() -> new RememberMeAuthenticationException("No stay-signed-in token for this series"));
    }

    private String random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean same(String presented, @Nullable String stored) {
        return stored != null
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
    }
}
