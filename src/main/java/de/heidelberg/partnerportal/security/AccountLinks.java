package de.heidelberg.partnerportal.security;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues and finds the single-use links of invitation and password mails. A link's token is 256 random bits
 * (SecureRandom); the database keeps only its SHA-256 hash, as for API tokens. Issuing a link ends the
 * account's other open links.
 */
@Component
class AccountLinks {

    /** Ended links are forgotten this long after they expired. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(30);

    private static final int RANDOM_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AccountTokenRepository tokens;
    private final AccountLinkSettings settings;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    AccountLinks(
            AccountTokenRepository tokens,
            AccountLinkSettings settings,
            Clock clock,
            @Value("${portal.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
        this.publicUrl = baseUrl(publicUrl);
    }

    /** A new link for the account (which must be saved); the account's older open links end. */
    IssuedLink issue(AppUser user, LinkPurpose purpose, String language) {
        long userId = requireId(user);
        Instant now = clock.instant();
        tokens.supersedeOpen(userId, now);
        tokens.deleteExpiredBefore(userId, now.minus(KEPT_AFTER_EXPIRY));
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(settings.validity(purpose));
        tokens.save(new AccountToken(userId, purpose, ApiTokenService.hash(token), now, expiresAt));
        String url = publicUrl + "/" + PasswordLinkService.ROUTE + "/" + token + "?lang=" + language;
        return new IssuedLink(url, expiresAt);
    }

    /** The link's token row, if the token has the right shape and exists. */
    Optional<AccountToken> find(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(ApiTokenService.hash(token));
    }

    /** Why the link does not work now, as a translation key; empty while it works. */
    Optional<String> refusal(AccountToken link) {
        if (link.getUsedAt() != null) {
            return Optional.of("mail.link.used");
        }
        if (link.getSupersededAt() != null) {
            return Optional.of("mail.link.superseded");
        }
        if (!clock.instant().isBefore(link.getExpiresAt())) {
            return Optional.of(
                    link.getPurpose() == LinkPurpose.INVITATION ? "mail.link.invitation-expired" : "mail.link.expired");
        }
        return Optional.empty();
    }

    /** Uses the link once; false when it was used, replaced or expired meanwhile. */
    boolean use(AccountToken link) {
        return tokens.use(requireId(link), clock.instant()) == 1;
    }

    /** Ends every open link of the account (its password was just set). */
    void endAll(AppUser user) {
        tokens.supersedeOpen(requireId(user), clock.instant());
    }

    /** When the account last got a link of this kind. */
    Optional<Instant> lastIssued(AppUser user, LinkPurpose purpose) {
        return tokens.findFirstByUserIdAndPurposeOrderByCreatedAtDesc(requireId(user), purpose)
                .map(AccountToken::getCreatedAt);
    }

    private static String baseUrl(String configured) {
        URI uri = URI.create(configured.strip());
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalStateException(
                    "portal.public-url must be the portal's address with http:// or https://, not " + configured);
        }
        String url = uri.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static long requireId(AppUser user) {
        Long id = user.getId();
        if (id == null) {
            throw new IllegalStateException("A link is issued for a saved account");
        }
        return id;
    }

    private static long requireId(AccountToken link) {
        Long id = link.getId();
        if (id == null) {
            throw new IllegalStateException("A saved link has an id");
        }
        return id;
    }

    /** A link as it goes into a mail. */
    record IssuedLink(String url, Instant expiresAt) {}
}
