package de.heidelberg.partnerportal.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person as the directory described them at a sign-in, with the portal roles their groups give. */
record DirectoryPerson(
        String username, String displayName, @Nullable String email, Set<Role> roles) {

    DirectoryPerson {
        roles = Set.copyOf(roles);
    }
}
