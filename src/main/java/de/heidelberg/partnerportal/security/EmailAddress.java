package de.heidelberg.partnerportal.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * E-mail addresses of accounts: trimmed and in lower case (so that one address belongs to one account however
 * it is spelt), at most {@value #MAX_LENGTH} characters, one {@code @} with a dotted domain after it.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {}

    /** The address as stored, or empty for a blank input; throws for one that is no address. */
    static Optional<String> normalize(@Nullable String input) {
        String address = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        if (address.length() > MAX_LENGTH || !SHAPE.matcher(address).matches()) {
            throw new UserAdministrationException("mail.error.email-invalid");
        }
        return Optional.of(address);
    }

    /** Whether the input has the shape of an address (blank is not one). */
    public static boolean isValid(@Nullable String input) {
        String address = input == null ? "" : input.strip();
        return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
    }

    /** Whether the input looks like an address rather than a username. */
    static boolean looksLikeOne(String input) {
        return input.contains("@");
    }
}
