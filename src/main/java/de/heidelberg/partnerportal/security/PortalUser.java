package de.heidelberg.partnerportal.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as held in the session. It carries the security stamp from sign-in time, so
 * that a session ends as soon as the user is disabled or gets a new password or new roles.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final int securityStamp;
    private final List<GrantedAuthority> authorities;

    PortalUser(AppUser user) {
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.securityStamp = user.getSecurityStamp();
        this.authorities = authoritiesOf(user.getRoles(), user.getTranslationLanguages());
    }

    /** The roles with those they include, and for a translator one authority per language ({@code TRANSLATE_fr}). */
    static List<GrantedAuthority> authoritiesOf(Set<Role> roles, Set<String> translationLanguages) {
        Stream<GrantedAuthority> granted = roles.stream()
                .flatMap(role -> role.withIncludedRoles().stream())
                .distinct()
                .sorted()
                .map(role -> new SimpleGrantedAuthority(role.authority()));
        Stream<GrantedAuthority> languages = roles.contains(Role.TRANSLATOR)
                ? translationLanguages.stream()
                        .sorted()
                        .map(language -> new SimpleGrantedAuthority(Role.translationAuthority(language)))
                : Stream.empty();
        return Stream.concat(granted, languages).toList();
    }

    public String displayName() {
        return displayName;
    }

    int securityStamp() {
        return securityStamp;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
