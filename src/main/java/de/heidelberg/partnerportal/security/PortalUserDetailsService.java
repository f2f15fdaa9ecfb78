package de.heidelberg.partnerportal.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users from the database: every account for "stay signed in" and the session, only local accounts
 * for the check of a local password.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    PortalUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(normalize(username))
                .map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /**
     * A local account, for the password check; a directory account is unknown here, so that it can never
     * sign in with anything but its directory password.
     */
    @Transactional(readOnly = true)
    public UserDetails loadLocalUserByUsername(String username) {
        return users.findByUsername(normalize(username))
                .filter(user -> user.getSource() == AccountSource.LOCAL)
                .map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such local user"));
    }

    private static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
