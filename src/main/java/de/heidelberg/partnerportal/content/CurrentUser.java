package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.security.Role;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as content cares: their name, for recording who changed content, their roles,
 * and what they may edit. The one place content reads the security context.
 */
public final class CurrentUser {

    private CurrentUser() {}

    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** The authorities of the signed-in user (roles as {@code ROLE_…}, translation languages); none when nobody is. */
    static Set<String> authorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the signed-in user has this role (or one that includes it). */
    public static boolean has(Role role) {
        return authorities().contains(role.authority());
    }

    /** An editor (or administrator): edits everything, in every language. */
    public static boolean isEditor() {
        return has(Role.EDITOR);
    }

    /** A translator: changes the texts of their languages in existing items. */
    public static boolean isTranslator() {
        return has(Role.TRANSLATOR);
    }

    /**
     * The languages whose texts the user may change: every language for an editor, the assigned
     * translation languages (never the source) for a translator, none for anyone else.
     */
    public static Set<String> translationLanguages(SupportedLanguages languages) {
        if (isEditor()) {
            return languages.all().stream().map(Locale::getLanguage).collect(Collectors.toUnmodifiableSet());
        }
        if (!isTranslator()) {
            return Set.of();
        }
        String source = languages.source().getLanguage();
        return authorities().stream()
                .map(Role::translationLanguage)
                .flatMap(Optional::stream)
                .filter(language -> !language.equals(source))
                .collect(Collectors.toUnmodifiableSet());
    }
}
