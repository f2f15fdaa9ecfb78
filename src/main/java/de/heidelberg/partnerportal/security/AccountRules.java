package de.heidelberg.partnerportal.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a new or changed account must meet (username, name, e-mail address), shared by the user
 * administration and the invitations. Called inside their transactions.
 */
@Component
class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AppUserRepository users;

    AccountRules(AppUserRepository users) {
        this.users = users;
    }

    /** A username that follows the rules and is not taken yet, normalized. */
    String newUsername(@Nullable String requested) {
        String username = normalize(requested);
        if (!USERNAME.matcher(username).matches()) {
            throw new UserAdministrationException("users.error.username-invalid");
        }
        if (users.existsByUsername(username)) {
            throw new UserAdministrationException("users.error.username-taken", username);
        }
        return username;
    }

    /**
     * A free username made from an e-mail address ("Anna.Seitz@montpellier.fr" → "anna.seitz", or
     * "anna.seitz2" when that is taken); empty when the address gives nothing usable.
     */
    Optional<String> suggestUsername(String email) {
        String local = email.strip().toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        if (at >= 0) {
            local = local.substring(0, at);
        }
        String base = local.replaceAll("[^a-z0-9._-]", "").replaceAll("^[._-]+", "");
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        if (!USERNAME.matcher(base).matches()) {
            return Optional.empty();
        }
        String candidate = base;
        for (int suffix = 2; users.existsByUsername(candidate) && suffix < 1000; suffix++) {
            candidate = base + suffix;
        }
        return Optional.of(candidate);
    }

    static String displayName(@Nullable String requested) {
        String displayName = requested == null ? "" : requested.strip();
        if (displayName.isEmpty() || displayName.length() > AppUser.DISPLAY_NAME_MAX) {
            throw new UserAdministrationException("users.error.display-name");
        }
        return displayName;
    }

    /** The address, normalized, unless another account has it; empty for none. */
    Optional<String> unusedEmail(@Nullable String email) {
        Optional<String> address = EmailAddress.normalize(email);
        if (address.isPresent() && users.existsByEmail(address.get())) {
            throw new UserAdministrationException("mail.error.email-taken", address.get());
        }
        return address;
    }

    static String normalize(@Nullable String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
