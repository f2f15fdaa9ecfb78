package de.heidelberg.partnerportal.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
    private String passwordHash;
    private final boolean enabled;
    private final int securityStamp;
    private final List<GrantedAuthority> authorities;

    PortalUser(AppUser user) {
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.securityStamp = user.getSecurityStamp();
        this.authorities = authoritiesOf(user.getRoles());
    }

    static List<GrantedAuthority> authoritiesOf(Set<Role> roles) {
        return roles.stream()
                .flatMap(role -> role.withIncludedRoles().stream())
                .distinct()
                .sorted()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
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
    public String getPassword() {
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
