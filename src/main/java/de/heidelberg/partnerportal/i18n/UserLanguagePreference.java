package de.heidelberg.partnerportal.i18n;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a signed-in user's chosen language is remembered. Implemented by the security feature, which
 * owns the users; the language feature only knows this interface.
 */
public interface UserLanguagePreference {

    Optional<String> preferredLanguage(String username);

    /** Remembers the user's language; none forgets it. */
    void rememberLanguage(String username, @Nullable String languageTag);
}
