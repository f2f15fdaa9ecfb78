package de.heidelberg.partnerportal.security;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.authentication.LdapAuthenticator;
import org.springframework.security.ldap.userdetails.LdapAuthoritiesPopulator;

/**
 * Signs in people of the city's directory: the directory checks the password (a bind as the person), their
 * groups give the portal roles ({@code portal.ldap.group-roles}), and their portal account is brought up to
 * date. Usernames of local accounts are left to the local password check alone. Every refusal is the
 * ordinary one (wrong credentials, or a disabled account), also when the directory cannot be reached, so the
 * sign-in page shows its usual message and local accounts go on working.
 */
final class DirectoryAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAuthenticationProvider.class);
    /** Two first sign-ins of one person at once: the second finds the account the first made. */
    private static final int SAVE_ATTEMPTS = 3;

    private final LdapAuthenticator directory;
    private final LdapAuthoritiesPopulator groups;
    private final DirectoryProperties properties;
    private final DirectoryAccounts accounts;

    DirectoryAuthenticationProvider(
            LdapAuthenticator directory,
            LdapAuthoritiesPopulator groups,
            DirectoryProperties properties,
            DirectoryAccounts accounts) {
        this.directory = directory;
        this.groups = groups;
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String username = authentication.getName().trim().toLowerCase(Locale.ROOT);
        if (username.isEmpty()
                || username.length() > AppUser.USERNAME_MAX
                || !accounts.mayComeFromDirectory(username)) {
            return null;
        }
        // an empty password would be an anonymous bind, which many directories accept as a success
        if (!(authentication.getCredentials() instanceof String password) || password.isEmpty()) {
            throw new BadCredentialsException("No password");
        }
        DirectoryPerson person = find(username, password);
        if (person.roles().isEmpty()) {
            accounts.withdraw(username);
            log.info("Directory sign-in of '{}' refused: in no group that gives a portal role", username);
            throw new BadCredentialsException("In no portal group");
        }
        PortalUser user = save(person);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private DirectoryPerson find(String username, String password) {
        try {
            DirContextOperations entry =
                    directory.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            Set<String> groupNames = groups.getGrantedAuthorities(entry, username).stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            return new DirectoryPerson(
                    username, displayName(entry, username), email(entry), properties.rolesOf(groupNames));
        } catch (UsernameNotFoundException unknown) {
            // no longer in the directory: nothing of theirs may go on
            accounts.withdraw(username);
            throw new BadCredentialsException("Not in the directory");
        } catch (IncorrectResultSizeDataAccessException ambiguous) {
            log.warn(
                    "Directory sign-in of '{}' refused: several people match portal.ldap.user-search-filter", username);
            throw new BadCredentialsException("Ambiguous username");
        } catch (NamingException | InternalAuthenticationServiceException unavailable) {
            log.warn(
                    "Directory sign-in of '{}' refused: the directory did not answer ({})",
                    username,
                    unavailable.getMessage());
            throw new BadCredentialsException("Directory unavailable");
        }
    }

    private PortalUser save(DirectoryPerson person) {
        for (int attempt = 1; ; attempt++) {
            try {
                return accounts.signIn(person);
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException concurrent) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private String displayName(DirContextOperations entry, String username) {
        String name = firstNonBlank(
                entry.getStringAttribute(properties.displayNameAttribute()), entry.getStringAttribute("cn"));
        name = name == null ? username : name;
        return name.length() > AppUser.DISPLAY_NAME_MAX ? name.substring(0, AppUser.DISPLAY_NAME_MAX) : name;
    }

    private @Nullable String email(DirContextOperations entry) {
        String email = firstNonBlank(entry.getStringAttribute(properties.emailAttribute()));
        return email == null || email.length() > AppUser.EMAIL_MAX ? null : email;
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
