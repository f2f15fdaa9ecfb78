package de.heidelberg.partnerportal.i18n;

import java.util.Optional;

/**
 * Where a signed-in user's chosen language is remembered. Implemented by the security feature, which
 * owns the users; the language feature only knows this interface.
 */
public interface UserLanguagePreference {

    Optional<String> preferredLanguage(String username);

    void rememberLanguage(String username, String languageTag);
}
