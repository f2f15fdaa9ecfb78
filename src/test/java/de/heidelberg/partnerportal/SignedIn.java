package de.heidelberg.partnerportal;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a call of a test as a signed-in user of one role, as services see callers (method security). */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList(role)));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void as(String username, String role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T asAdmin(Supplier<T> action) {
        return as("admin", "ROLE_ADMIN", action);
    }

    public static void asAdmin(Runnable action) {
        as("admin", "ROLE_ADMIN", action);
    }
}
