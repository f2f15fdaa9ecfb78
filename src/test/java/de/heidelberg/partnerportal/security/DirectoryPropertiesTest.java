package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The group → role mapping and the checks at start-up of portal.ldap.*. */
class DirectoryPropertiesTest {

    @Test
    void groupsGiveTheirRolesWhateverTheCaseOfTheirNames() {
        DirectoryProperties properties = properties(
                "ldap://ldap.example:389",
                Map.of("portal-editors", Role.EDITOR, "Portal-Staff", Role.STAFF, "portal-admins", Role.ADMIN));
        assertThat(properties.rolesOf(List.of("PORTAL-EDITORS", "portal-staff", "city-all")))
                .containsExactlyInAnyOrder(Role.EDITOR, Role.STAFF);
        assertThat(properties.rolesOf(List.of("city-all"))).isEmpty();
        assertThat(properties.problems(false)).isEmpty();
    }

    @Test
    void aMissingAddressOrMappingOrATranslatorRoleIsNamedAtStartUp() {
        DirectoryProperties unmapped = properties(" ", Map.of());
        assertThat(unmapped.problems(false))
                .anySatisfy(problem -> assertThat(problem).contains("portal.ldap.url"))
                .anySatisfy(problem -> assertThat(problem).contains("portal.ldap.group-roles"));
        // the ldap-demo profile's embedded directory gives the address
        assertThat(unmapped.problems(true))
                .noneSatisfy(problem -> assertThat(problem).contains("portal.ldap.url"));

        DirectoryProperties translators =
                properties("ldap://ldap.example", Map.of("portal-translators", Role.TRANSLATOR));
        assertThat(translators.problems(false)).singleElement().asString().contains("TRANSLATOR");
    }

    @Test
    void severalDirectoriesAreTriedInTurn() {
        assertThat(properties("ldap://one.example:389 ldap://two.example:389", Map.of())
                        .urls())
                .containsExactly("ldap://one.example:389", "ldap://two.example:389");
    }

    private static DirectoryProperties properties(String url, Map<String, Role> groupRoles) {
        return new DirectoryProperties(
                true,
                url,
                "dc=heidelberg,dc=de",
                "ou=people",
                "(uid={0})",
                null,
                "ou=groups",
                "(member={0})",
                "cn",
                null,
                null,
                "displayName",
                "mail",
                groupRoles,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10));
    }
}
