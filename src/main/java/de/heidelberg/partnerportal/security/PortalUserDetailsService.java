package de.heidelberg.partnerportal.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in from the database. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    PortalUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return users.findByUsername(normalized)
                .map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
