package de.heidelberg.partnerportal.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** A person who can sign in. Usernames are stored in lower case. */
// only the columns an edit changed are written, so that saving a user's roles never writes back a
// sign-in time or language read before (those two are written by their own statements, see
// AppUserRepository)
@Entity
@DynamicUpdate
@Table(name = "app_user")
class AppUser {

    static final int USERNAME_MAX = 64;
    static final int DISPLAY_NAME_MAX = 200;
    static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    /** None for a directory account: it signs in with its directory password only. */
    @Column(name = "password_hash", length = 100)
    private @Nullable String passwordHash;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private AccountSource source = AccountSource.LOCAL;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_language", length = 10)
    private @Nullable String preferredLanguage;

    /** Optional; in lower case, unique (see {@link EmailAddress}). */
    @Column(length = EmailAddress.MAX_LENGTH)
    private @Nullable String email;

    /** Set while an invited account has not chosen its password yet; it stays disabled until then. */
    @Column(name = "invited_at")
    private @Nullable Instant invitedAt;

    /** Changes whenever the user's open sessions must end (disabled, new password, new roles). */
    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** For a translator, the languages whose texts they may change. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_translation_language", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "language", nullable = false, length = 10)
    private Set<String> translationLanguages = new java.util.TreeSet<>();

    protected AppUser() {}

    AppUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    /** An account of a person in the city's directory, made at their first sign-in; no local password. */
    static AppUser fromDirectory(
            String username, String displayName, @Nullable String email, Set<Role> roles, Instant createdAt) {
        AppUser user = new AppUser();
        user.username = username;
        user.displayName = displayName;
        user.email = email;
        user.source = AccountSource.DIRECTORY;
        user.roles = EnumSet.copyOf(roles);
        user.createdAt = createdAt;
        return user;
    }

    @Nullable
    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable
    String getPasswordHash() {
        return passwordHash;
    }

    AccountSource getSource() {
        return source;
    }

    boolean isEnabled() {
        return enabled;
    }

    @Nullable
    String getPreferredLanguage() {
        return preferredLanguage;
    }

    @Nullable
    String getEmail() {
        return email;
    }

    @Nullable
    Instant getInvitedAt() {
        return invitedAt;
    }

    boolean isInvitationPending() {
        return invitedAt != null;
    }

    int getSecurityStamp() {
        return securityStamp;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Set<String> getTranslationLanguages() {
        return Set.copyOf(translationLanguages);
    }

    /** New roles and, for a translator, their languages; open sessions end so that they apply at once. */
    void changeRoles(Set<Role> newRoles, Set<String> languages) {
        roles.clear();
        roles.addAll(newRoles);
        translationLanguages.clear();
        if (newRoles.contains(Role.TRANSLATOR)) {
            translationLanguages.addAll(languages);
        }
        endOpenSessions();
    }

    /**
     * What the directory said at a sign-in. New roles end the account's other open sessions, as a change in
     * the user administration does; a new name or address does not.
     */
    void updateFromDirectory(String newDisplayName, @Nullable String newEmail, Set<Role> directoryRoles) {
        displayName = newDisplayName;
        email = newEmail;
        if (!getRoles().equals(directoryRoles)) {
            changeRoles(directoryRoles, Set.of());
        }
    }

    void changePasswordHash(String newHash) {
        passwordHash = newHash;
        endOpenSessions();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        endOpenSessions();
    }

    void changeEmail(@Nullable String normalizedEmail) {
        email = normalizedEmail;
    }

    void rememberLanguage(String language) {
        preferredLanguage = language;
    }

    /** An invited account cannot sign in until its person chose a password from the invitation mail. */
    void markInvited(Instant at) {
        invitedAt = at;
        setEnabled(false);
    }

    /** The invited person chose their password: the account opens. */
    void acceptInvitation(String newHash) {
        invitedAt = null;
        enabled = true;
        changePasswordHash(newHash);
    }

    private void endOpenSessions() {
        securityStamp++;
    }
}
