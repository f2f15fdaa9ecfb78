package de.heidelberg.partnerportal.security;

import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(
        String username, String displayName, Set<Role> roles, Set<String> translationLanguages, String password) {

    /** A user who is no translator. */
    public NewUser(String username, String displayName, Set<Role> roles, String password) {
        this(username, displayName, roles, Set.of(), password);
    }
}
