package de.heidelberg.partnerportal.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with the city's directory ({@code portal.ldap.*}): where it is, how a person and their groups are
 * found, and which directory groups give which portal role.
 *
 * @param enabled whether people of the directory can sign in (local accounts always can)
 * @param url the directory, e.g. {@code ldap://ldap.heidelberg.de:389} or {@code ldaps://…:636}; several
 *     separated by spaces are tried in turn; empty in the {@code ldap-demo} profile, whose embedded directory
 *     is used
 * @param base the directory's base, e.g. {@code dc=heidelberg,dc=de}; the other names are relative to it
 * @param userSearchBase where people are searched, e.g. {@code ou=people}
 * @param userSearchFilter how a person is found by the username typed ({@code {0}}), e.g. {@code (uid={0})} or
 *     {@code (sAMAccountName={0})}
 * @param userDnPattern instead of a search, the person's name built from the username, e.g.
 *     {@code uid={0},ou=people}
 * @param groupSearchBase where groups are searched, e.g. {@code ou=groups}
 * @param groupSearchFilter the groups of a person ({@code {0}} their full name in the directory, {@code {1}} the
 *     username), e.g. {@code (member={0})} or {@code (memberUid={1})}
 * @param groupNameAttribute the attribute with a group's name, as the role mapping names it
 * @param managerDn an account that may search people and groups, when the directory does not allow
 *     anonymous searches (Active Directory); none: anonymous
 * @param managerPassword its password
 * @param displayNameAttribute the person's name as the portal shows it (falls back to {@code cn})
 * @param emailAttribute the person's e-mail address
 * @param groupRoles directory group → portal role, e.g. {@code portal-editors: EDITOR}; a person in none of
 *     these groups cannot sign in
 * @param connectTimeout how long to wait for a connection before the directory counts as unreachable
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("portal.ldap")
public record DirectoryProperties(
        @DefaultValue("false") boolean enabled,
        @Nullable String url,
        @DefaultValue("") String base,
        @DefaultValue("") String userSearchBase,
        @DefaultValue("(uid={0})") String userSearchFilter,
        @Nullable String userDnPattern,
        @DefaultValue("") String groupSearchBase,
        @DefaultValue("(member={0})") String groupSearchFilter,
        @DefaultValue("cn") String groupNameAttribute,
        @Nullable String managerDn,
        @Nullable String managerPassword,
        @DefaultValue("displayName") String displayNameAttribute,
        @DefaultValue("mail") String emailAttribute,
        @DefaultValue Map<String, Role> groupRoles,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    /** Roles a directory group may give: a translator needs languages, which only the administration sets. */
    static final Set<Role> MAPPABLE_ROLES = EnumSet.of(Role.ADMIN, Role.EDITOR, Role.STAFF, Role.PARTNER);

    /** The portal roles that these directory groups give (group names compared without case). */
    Set<Role> rolesOf(Iterable<String> groups) {
        Map<String, Role> byGroup = groupRoles.entrySet().stream()
                .collect(Collectors.toMap(entry -> lowerCase(entry.getKey()), Map.Entry::getValue));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            Role role = byGroup.get(lowerCase(group));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The directories to try, in order. */
    List<String> urls() {
        return url == null || url.isBlank() ? List.of() : List.of(url.trim().split("[\\s,]+"));
    }

    /** What is missing or wrong for directory sign-in, in words for the start-up log; empty when fine. */
    List<String> problems(boolean embeddedDirectory) {
        List<String> problems = new java.util.ArrayList<>();
        if (urls().isEmpty() && !embeddedDirectory) {
            problems.add("portal.ldap.url is not set");
        }
        if (groupRoles.isEmpty()) {
            problems.add("portal.ldap.group-roles maps no directory group to a portal role"
                    + " (e.g. portal.ldap.group-roles.portal-editors=EDITOR)");
        }
        groupRoles.forEach((group, role) -> {
            if (!MAPPABLE_ROLES.contains(role)) {
                problems.add("portal.ldap.group-roles." + group + "=" + role + ": a directory group can give "
                        + MAPPABLE_ROLES + " only");
            }
        });
        if (managerDn != null && !managerDn.isBlank() && (managerPassword == null || managerPassword.isEmpty())) {
            problems.add("portal.ldap.manager-password is not set for portal.ldap.manager-dn");
        }
        return problems;
    }

    private static String lowerCase(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
