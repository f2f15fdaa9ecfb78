package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens for integrations ({@code Authorization: Bearer pp_…} on {@code /api/**} and {@code /feeds/**}).
 * Administration is for ADMIN only. A token is 256 random bits; the portal keeps only its SHA-256 hash, which
 * needs no slow hash as a password does: nobody can guess 256 bits, so there is no small space to search.
 * Every request reads the token's row anew (no cache), so a revoked or expired token is refused at once on
 * every node.
 */
@Service
public class ApiTokenService {

    /** How long a token may live at most: integrations must renew their tokens. */
    public static final int MAX_DAYS = 365;

    /**
     * The roles a token may have: it reads, it never edits; an administrator's token serves the backup's
     * addresses (a token never opens a page of the portal).
     */
    public static final Set<Role> ROLES = EnumSet.of(Role.STAFF, Role.PARTNER, Role.ADMIN);

    static final String TOKEN_PREFIX = "pp_";
    /** How many of the token's first characters are kept to recognise it ("pp_" and 36 of its 256 bits). */
    private static final int VISIBLE_CHARACTERS = 9;

    private static final int RANDOM_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile(TOKEN_PREFIX + "[A-Za-z0-9_-]{43}");
    /** A use is recorded at most this often per token, so that a busy integration does not write on every request. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Every token, newest first, with its state now. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> findAll() {
        Instant now = clock.instant();
        return tokens.findAllByOrderByCreatedAtDesc().stream()
                .map(token -> summary(token, now))
                .toList();
    }

    /** Creates a token; the result carries the token itself, which nobody can see again afterwards. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    @Transactional
    public CreatedApiToken create(NewApiToken request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > NewApiToken.NAME_MAX) {
            throw new UserAdministrationException("tokens.error.name", NewApiToken.NAME_MAX);
        }
        if (request.role() == null || !ROLES.contains(request.role())) {
            throw new UserAdministrationException("tokens.error.role");
        }
        LocalDate today = today();
        if (request.expiresOn() == null
                || !request.expiresOn().isAfter(today)
                || request.expiresOn().isAfter(today.plusDays(MAX_DAYS))) {
            throw new UserAdministrationException("tokens.error.expiry", MAX_DAYS);
        }
        String token = newToken();
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(
                name,
                request.role(),
                hash(token),
                token.substring(0, VISIBLE_CHARACTERS),
                currentUsername(),
                now,
                request.expiresOn().atStartOfDay(LocalizedFormats.ZONE).toInstant()));
        return new CreatedApiToken(summary(saved, now), token);
    }

    /** Revokes a token: the next request with it is refused, on every node. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    @Transactional
    public ApiTokenSummary revoke(long id) {
        ApiToken token =
                tokens.findById(id).orElseThrow(() -> new UserAdministrationException("tokens.error.not-found"));
        Instant now = clock.instant();
        token.revoke(currentUsername(), now);
        return summary(token, now);
    }

    /** The last day a token made today may be valid up to (it stops working at the start of that day). */
    @PreAuthorize(UserService.ADMIN_ONLY)
    public LocalDate latestExpiry() {
        return today().plusDays(MAX_DAYS);
    }

    /** Today in the portal's time zone, in which expiry days are counted. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalizedFormats.ZONE));
    }

    /**
     * Checks a token presented with a request: one query by the hash's unique index. A use is written only
     * when the recorded one is older than a minute, so "last used" is exact to the minute without a write
     * on every request.
     */
    ApiTokenCheck check(String presented) {
        if (!TOKEN.matcher(presented).matches()) {
            return new ApiTokenCheck.Refused("tokens.error.unknown");
        }
        ApiTokenValidity token = tokens.findValidity(hash(presented)).orElse(null);
        if (token == null) {
            return new ApiTokenCheck.Refused("tokens.error.unknown");
        }
        Instant now = clock.instant();
        if (token.revokedAt() != null) {
            return new ApiTokenCheck.Refused("tokens.error.revoked");
        }
        if (!now.isBefore(token.expiresAt())) {
            return new ApiTokenCheck.Refused("tokens.error.expired");
        }
        Instant recordedAfter = now.minus(LAST_USE_PRECISION);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(recordedAfter)) {
            tokens.recordUse(token.id(), now, recordedAfter);
        }
        return new ApiTokenCheck.Accepted(new ApiTokenAuthentication(token.id(), token.role()));
    }

    private String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 hash of a token, as 64 hex digits. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(impossible);
        }
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static ApiTokenSummary summary(ApiToken token, Instant now) {
        return new ApiTokenSummary(
                requireId(token.getId()),
                token.getName(),
                token.getRole(),
                token.getTokenPrefix(),
                token.getCreatedBy(),
                token.getCreatedAt(),
                token.getExpiresAt(),
                token.getRevokedAt(),
                token.getRevokedBy(),
                token.getLastUsedAt(),
                stateOf(token, now));
    }

    private static ApiTokenState stateOf(ApiToken token, Instant now) {
        if (token.getRevokedAt() != null) {
            return ApiTokenState.REVOKED;
        }
        return now.isBefore(token.getExpiresAt()) ? ApiTokenState.ACTIVE : ApiTokenState.EXPIRED;
    }

    private static long requireId(@Nullable Long id) {
        if (id == null) {
            throw new IllegalStateException("A saved token has an id");
        }
        return id;
    }
}
