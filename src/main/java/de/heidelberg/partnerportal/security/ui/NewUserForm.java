package de.heidelberg.partnerportal.security.ui;

import de.heidelberg.partnerportal.security.NewUser;
import de.heidelberg.partnerportal.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** Form bean for a new user. */
class NewUserForm extends PasswordForm {

    private String username = "";
    private String displayName = "";
    private String email = "";
    private Set<Role> roles = EnumSet.of(Role.STAFF);
    private Set<String> languages = Set.of();

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

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

    NewUser toRequest() {
        return new NewUser(username, displayName, roles, languages, getPassword(), email);
    }
}
