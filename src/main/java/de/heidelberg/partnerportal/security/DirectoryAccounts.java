package de.heidelberg.partnerportal.security;

import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's accounts of people from the city's directory: made at a person's first sign-in, brought up
 * to date (name, e-mail, roles) at every one, so that everything kept per account (sessions and their end,
 * "stay signed in", last sign-in, language) works for them as for local accounts.
 */
@Service
class DirectoryAccounts {

    private final AppUserRepository users;
    private final RememberMeTokens rememberMeTokens;
    private final Clock clock;

    DirectoryAccounts(AppUserRepository users, RememberMeTokens rememberMeTokens, Clock clock) {
        this.users = users;
        this.rememberMeTokens = rememberMeTokens;
        this.clock = clock;
    }

    /** Whether the directory may sign in this username: not when it belongs to a local account. */
    @Transactional(readOnly = true)
    boolean mayComeFromDirectory(String username) {
        return users.findByUsername(username)
                .map(user -> user.getSource() == AccountSource.DIRECTORY)
                .orElse(true);
    }

    /**
     * The account of a person the directory has just signed in, as the directory describes them now. New
     * roles end the account's other open sessions.
     *
     * @throws DisabledException when the administration has disabled the account
     * @throws BadCredentialsException when a local account has the username (made in the meantime)
     */
    @Transactional
    PortalUser signIn(DirectoryPerson person) {
        AppUser user = users.findByUsername(person.username()).orElse(null);
        String email = ownEmail(person, user);
        if (user == null) {
            user = users.save(AppUser.fromDirectory(
                    person.username(), person.displayName(), email, person.roles(), clock.instant()));
        } else if (user.getSource() != AccountSource.DIRECTORY) {
            throw new BadCredentialsException("A local account has this username");
        } else if (!user.isEnabled()) {
            throw new DisabledException("The account is disabled");
        } else {
            user.updateFromDirectory(person.displayName(), email, person.roles());
        }
        return new PortalUser(user);
    }

    /**
     * The directory's address as accounts keep addresses (lower case, unique): none when it is no valid address
     * or another account already has it (say, a partner colleague invited with the same address) — the
     * sign-in must not fail for it.
     */
    private @Nullable String ownEmail(DirectoryPerson person, @Nullable AppUser user) {
        if (!EmailAddress.isValid(person.email())) {
            return null;
        }
        String email = EmailAddress.normalize(person.email()).orElse(null);
        if (email == null) {
            return null;
        }
        boolean someoneElses = users.findByEmail(email)
                .filter(holder -> user == null || !holder.getUsername().equals(user.getUsername()))
                .isPresent();
        return someoneElses ? null : email;
    }

    /**
     * A person whom the directory no longer gives any portal role (or no longer knows): their account keeps
     * no role, its open sessions end and no device stays signed in.
     */
    @Transactional
    void withdraw(String username) {
        users.findByUsername(username)
                .filter(user -> user.getSource() == AccountSource.DIRECTORY)
                .ifPresent(user -> {
                    if (!user.getRoles().isEmpty()) {
                        user.changeRoles(Set.of(), Set.of());
                    }
                    rememberMeTokens.removeUserTokens(user.getUsername());
                });
    }
}
