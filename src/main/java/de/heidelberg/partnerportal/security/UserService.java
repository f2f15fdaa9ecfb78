package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.UserLanguagePreference;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their roles and passwords. Administration is for ADMIN only. */
@Service
public class UserService implements UserLanguagePreference {

    static final String ADMIN_ONLY = "hasRole('" + Role.Names.ADMIN + "')";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SupportedLanguages languages;
    private final Clock clock;
    private final RememberMeTokens rememberMeTokens;
    private final AccountTokenRepository links;
    private final AccountRules rules;

    UserService(
            AppUserRepository users,
            AccountTokenRepository links,
            AccountRules rules,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            SupportedLanguages languages,
            Clock clock,
            RememberMeTokens rememberMeTokens) {
        this.rememberMeTokens = rememberMeTokens;
        this.users = users;
        this.links = links;
        this.rules = rules;
        this.languages = languages;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    @PreAuthorize(ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<UserSummary> findAll() {
        Map<Long, Instant> invitationExpiries = new HashMap<>();
        links.findOpenInvitations()
                .forEach(link -> invitationExpiries.merge(
                        link.getUserId(), link.getExpiresAt(), (a, b) -> a.isAfter(b) ? a : b));
        return users.findAllByOrderByUsernameAsc().stream()
                .map(user -> summary(user, invitationExpiries.get(user.getId())))
                .toList();
    }

    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public UserSummary create(NewUser request) {
        String username = rules.newUsername(request.username());
        String displayName = AccountRules.displayName(request.displayName());
        requireRoles(request.roles(), request.translationLanguages());
        Optional<String> email = rules.unusedEmail(request.email());
        requireAcceptable(request.password(), username);
        AppUser user = new AppUser(
                username, displayName, passwordEncoder.encode(request.password()), request.roles(), clock.instant());
        user.changeRoles(request.roles(), request.translationLanguages());
        user.changeEmail(email.orElse(null));
        return summary(users.save(user), null);
    }

    /** A new address for the account, or none (blank); one address belongs to one account only. */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public UserSummary changeEmail(String username, @Nullable String email) {
        AppUser user = existing(username);
        Optional<String> address = EmailAddress.normalize(email);
        if (!address.equals(Optional.ofNullable(user.getEmail()))) {
            user.changeEmail(rules.unusedEmail(email).orElse(null));
        }
        return summary(user, null);
    }

    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public UserSummary changeRoles(String username, Set<Role> roles) {
        return changeRoles(username, roles, Set.of());
    }

    /** New roles and, for a translator, the languages they translate into (not the source language). */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public UserSummary changeRoles(String username, Set<Role> roles, Set<String> translationLanguages) {
        requireRoles(roles, translationLanguages);
        AppUser user = existing(username);
        requireLocal(user, "ldap.error.roles-from-directory");
        if (user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireNotSelf(user, "users.error.own-admin-role");
            requireAnotherActiveAdmin(user);
        }
        user.changeRoles(roles, translationLanguages);
        return summary(user, null);
    }

    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public void resetPassword(String username, String newPassword) {
        AppUser user = existing(username);
        requireLocal(user, "ldap.error.password-from-directory");
        requireAcceptable(newPassword, user.getUsername());
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        // a device that stayed signed in with the old password must sign in anew
        rememberMeTokens.removeUserTokens(user.getUsername());
    }

    /** Disabling ends the user's open sessions at their next request. */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public UserSummary setEnabled(String username, boolean enabled) {
        AppUser user = existing(username);
        if (!enabled) {
            requireNotSelf(user, "users.error.disable-self");
            if (user.getRoles().contains(Role.ADMIN)) {
                requireAnotherActiveAdmin(user);
            }
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
        }
        if (!enabled) {
            rememberMeTokens.removeUserTokens(user.getUsername());
        }
        return summary(user, null);
    }

    /** Whether a session signed in with this stamp may go on. */
    @Transactional(readOnly = true)
    public boolean isSessionValid(String username, int securityStamp) {
        return users.findSessionStatus(username)
                .map(status -> status.enabled() && status.securityStamp() == securityStamp)
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> preferredLanguage(String username) {
        return users.findByUsername(normalize(username)).map(AppUser::getPreferredLanguage);
    }

    /** Only for the signed-in user themself: nobody sets another user's language. */
    @Override
    @Transactional
    public void rememberLanguage(String username, @Nullable String languageTag) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !normalize(username).equals(normalize(authentication.getName()))) {
            return;
        }
        users.rememberLanguage(normalize(username), languageTag);
    }

    @EventListener
    @Transactional
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        users.recordLogin(normalize(event.getAuthentication().getName()), clock.instant());
    }

    /**
     * Creates a user unless one with this username exists, without the password rules (for the demo
     * accounts, whose passwords are deliberately simple, and for the initial administrator).
     */
    @Transactional
    void createIfAbsent(String username, String displayName, Set<Role> roles, String password) {
        createIfAbsent(username, displayName, roles, Set.of(), password);
    }

    @Transactional
    void createIfAbsent(
            String username, String displayName, Set<Role> roles, Set<String> translationLanguages, String password) {
        createIfAbsent(username, displayName, roles, translationLanguages, password, null);
    }

    @Transactional
    void createIfAbsent(
            String username,
            String displayName,
            Set<Role> roles,
            Set<String> translationLanguages,
            String password,
            @Nullable String email) {
        if (!users.existsByUsername(username)) {
            AppUser user = new AppUser(username, displayName, passwordEncoder.encode(password), roles, clock.instant());
            user.changeRoles(roles, translationLanguages);
            if (email != null && !users.existsByEmail(email)) {
                user.changeEmail(email);
            }
            users.save(user);
        }
    }

    @Transactional(readOnly = true)
    boolean hasActiveAdmin() {
        return users.countEnabledWithRole(Role.ADMIN) > 0;
    }

    private AppUser existing(String username) {
        return users.findByUsername(normalize(username))
                .orElseThrow(() -> new UserAdministrationException("users.error.not-found", username));
    }

    /** Roles and password of a directory account come from the directory, at every sign-in. */
    private static void requireLocal(AppUser user, String messageKey) {
        if (user.getSource() != AccountSource.LOCAL) {
            throw new UserAdministrationException(messageKey, user.getUsername());
        }
    }

    void requireRoles(Set<Role> roles, Set<String> translationLanguages) {
        if (roles == null || roles.isEmpty()) {
            throw new UserAdministrationException("users.error.no-role");
        }
        if (roles.contains(Role.TRANSLATOR)) {
            Set<String> translatable = translatableLanguages();
            if (translationLanguages == null
                    || translationLanguages.isEmpty()
                    || !translatable.containsAll(translationLanguages)) {
                throw new UserAdministrationException("users.error.translator-languages");
            }
        }
    }

    /** The languages a translator can be given: every content language but the source. */
    @PreAuthorize(ADMIN_ONLY)
    public Set<String> translatableLanguages() {
        String source = languages.source().getLanguage();
        return languages.all().stream()
                .map(Locale::getLanguage)
                .filter(language -> !language.equals(source))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private void requireAcceptable(String password, String username) {
        passwordPolicy.violation(password, username).ifPresent(key -> {
            throw new UserAdministrationException(key, PasswordPolicy.MIN_LENGTH);
        });
    }

    private void requireNotSelf(AppUser user, String messageKey) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && user.getUsername().equals(authentication.getName())) {
            throw new UserAdministrationException(messageKey);
        }
    }

    private void requireAnotherActiveAdmin(AppUser user) {
        long activeAdmins = users.countEnabledWithRole(Role.ADMIN);
        if (activeAdmins <= (user.isEnabled() ? 1 : 0)) {
            throw new UserAdministrationException("users.error.last-admin");
        }
    }

    static String normalize(@Nullable String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    static UserSummary summary(AppUser user, @Nullable Instant invitationExpiresAt) {
        return new UserSummary(
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles(),
                user.getTranslationLanguages(),
                user.isEnabled(),
                user.getCreatedAt(),
                user.getLastLoginAt(),
                user.getSource(),
                user.getEmail(),
                user.getInvitedAt(),
                user.isInvitationPending() ? invitationExpiresAt : null);
    }
}
