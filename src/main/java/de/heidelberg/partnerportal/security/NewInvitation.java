package de.heidelberg.partnerportal.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters to invite a partner colleague. The account gets the role PARTNER, and
 * TRANSLATOR for the given languages when there are any.
 *
 * @param username what the colleague signs in with (the invitation mail names it)
 * @param language the language of the mail and, later, of the portal for them
 */
public record NewInvitation(
        String displayName,
        String email,
        String username,
        @Nullable String language,
        Set<String> translationLanguages) {}
