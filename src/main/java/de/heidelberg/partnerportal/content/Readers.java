package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.security.Role;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Makes the reader behind the current request, from the signed-in user's roles. */
@Component
public class Readers {

    private final SupportedLanguages languages;
    private final Clock clock;

    public Readers(SupportedLanguages languages, Clock clock) {
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * The signed-in user as a reader of this language (the source language when it is not one of the
     * portal's), with all the rights their roles give and no more.
     */
    public Reader current(@Nullable Locale locale) {
        Locale supported =
                languages.find(locale == null ? null : locale.getLanguage()).orElse(languages.source());
        return new Reader(
                supported, languages.source(), CurrentUser.has(Role.STAFF), CurrentUser.has(Role.EDITOR), clock);
    }
}
