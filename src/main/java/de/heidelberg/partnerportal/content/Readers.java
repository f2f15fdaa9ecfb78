package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The reader behind the current request, from the signed-in user's roles. */
@Component
public class Readers {

    private final SupportedLanguages languages;

    public Readers(SupportedLanguages languages) {
        this.languages = languages;
    }

    public Reader current(Locale locale) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        Locale supported = languages.find(locale == null ? null : locale.getLanguage()).orElse(languages.source());
        return new Reader(supported, languages.source(),
                authorities.contains("ROLE_STAFF"), authorities.contains("ROLE_EDITOR"));
    }
}
