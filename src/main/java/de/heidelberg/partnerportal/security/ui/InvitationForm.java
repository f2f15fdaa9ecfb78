package de.heidelberg.partnerportal.security.ui;

import de.heidelberg.partnerportal.security.NewInvitation;
import de.heidelberg.partnerportal.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Form bean for an invitation of a partner colleague. */
class InvitationForm {

    private String displayName = "";
    private String email = "";
    private String username = "";
    private @Nullable String language;
    private Set<Role> roles = EnumSet.of(Role.PARTNER);
    private Set<String> languages = Set.of();

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    @Nullable
    String getLanguage() {
        return language;
    }

    void setLanguage(@Nullable String language) {
        this.language = language;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    Set<String> getLanguages() {
        return languages;
    }

    void setLanguages(Set<String> languages) {
        this.languages = Set.copyOf(languages);
    }

    NewInvitation toRequest() {
        return new NewInvitation(
                displayName, email, username, language, roles.contains(Role.TRANSLATOR) ? languages : Set.of());
    }
}
