package de.heidelberg.partnerportal.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a user may do. A role includes the roles below it where that makes sense: an administrator
 * is also an editor, an editor is also city staff. A partner-city colleague (PARTNER) reads published
 * content only, without internal fields.
 */
public enum Role {
    ADMIN,
    EDITOR,
    STAFF,
    PARTNER,
    /** Changes the texts of the languages assigned to them, and nothing else; reads as their other roles allow. */
    TRANSLATOR;

    /** Role names as constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String EDITOR = "EDITOR";
        public static final String STAFF = "STAFF";
        public static final String PARTNER = "PARTNER";
        public static final String TRANSLATOR = "TRANSLATOR";

        private Names() {}
    }

    /** This role and the roles it includes. */
    public Set<Role> withIncludedRoles() {
        return switch (this) {
            case ADMIN -> EnumSet.of(ADMIN, EDITOR, STAFF);
            case EDITOR -> EnumSet.of(EDITOR, STAFF);
            case STAFF -> EnumSet.of(STAFF);
            case PARTNER -> EnumSet.of(PARTNER);
            case TRANSLATOR -> EnumSet.of(TRANSLATOR);
        };
    }

    /** The prefix of a translator's authority for one language, e.g. {@code TRANSLATE_fr}. */
    public static final String TRANSLATE_PREFIX = "TRANSLATE_";

    /** The Spring Security authority that carries this role, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The authority of a translator for this language, e.g. {@code TRANSLATE_fr}. */
    public static String translationAuthority(String language) {
        return TRANSLATE_PREFIX + language;
    }

    /** The language of a translator's authority, or empty for any other authority. */
    public static Optional<String> translationLanguage(String authority) {
        return authority.startsWith(TRANSLATE_PREFIX)
                ? Optional.of(authority.substring(TRANSLATE_PREFIX.length()))
                : Optional.empty();
    }

    /** The translation key of the role's name. */
    public String labelKey() {
        return "role." + name();
    }
}
