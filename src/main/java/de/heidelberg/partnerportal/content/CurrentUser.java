package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as content cares: their name, for recording who changed content, and what they may edit. */
public final class CurrentUser {

    /** The authority of a translator for a language, e.g. {@code TRANSLATE_fr}. */
    public static final String TRANSLATE_PREFIX = "TRANSLATE_";

    private CurrentUser() {}

    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** An editor (or administrator): edits everything, in every language. */
    public static boolean isEditor() {
        return Reader.currentAuthorities().contains("ROLE_EDITOR");
    }

    /** A translator: changes the texts of their languages in existing items. */
    public static boolean isTranslator() {
        return Reader.currentAuthorities().contains("ROLE_TRANSLATOR");
    }

    /**
     * The languages whose texts the user may change: every language for an editor, the assigned
     * translation languages (never the source) for a translator, none for anyone else.
     */
    public static Set<String> translationLanguages(SupportedLanguages languages) {
        Set<String> authorities = Reader.currentAuthorities();
        if (authorities.contains("ROLE_EDITOR")) {
            return languages.all().stream().map(Locale::getLanguage).collect(Collectors.toUnmodifiableSet());
        }
        if (!authorities.contains("ROLE_TRANSLATOR")) {
            return Set.of();
        }
        String source = languages.source().getLanguage();
        return authorities.stream()
                .filter(authority -> authority.startsWith(TRANSLATE_PREFIX))
                .map(authority -> authority.substring(TRANSLATE_PREFIX.length()))
                .filter(language -> !language.equals(source))
                .collect(Collectors.toUnmodifiableSet());
    }
}
