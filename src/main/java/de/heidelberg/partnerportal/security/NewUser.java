package de.heidelberg.partnerportal.security;

import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(String username, String displayName, Set<Role> roles, String password) {}
