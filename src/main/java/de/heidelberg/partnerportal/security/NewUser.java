package de.heidelberg.partnerportal.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator enters to create a user; the e-mail address is optional. */
public record NewUser(
        String username,
        String displayName,
        Set<Role> roles,
        Set<String> translationLanguages,
        String password,
        @Nullable String email) {

    /** A user without an e-mail address. */
    public NewUser(
            String username, String displayName, Set<Role> roles, Set<String> translationLanguages, String password) {
        this(username, displayName, roles, translationLanguages, password, null);
    }

    /** A user who is no translator. */
    public NewUser(String username, String displayName, Set<Role> roles, String password) {
        this(username, displayName, roles, Set.of(), password);
    }
}
