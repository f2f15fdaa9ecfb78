package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.util.Locale;

/**
 * Who reads content, as far as content cares: in which language (with the source language to fall
 * back to), whether they may see internal fields (city staff and up; never partner-city colleagues)
 * and unpublished items (editors and up).
 */
public record Reader(Locale locale, Locale source, boolean seesInternal, boolean seesUnpublished) {

    public boolean mayRead(boolean published) {
        return published || seesUnpublished;
    }

    /** A translated field in the reader's language, the source text standing in where it is missing. */
    public LocalizedText text(TranslatedText text) {
        return text == null ? LocalizedText.EMPTY : text.in(locale, source);
    }

    /** An internal field: empty for readers who may not see internal fields. */
    public LocalizedText internal(TranslatedText text) {
        return seesInternal ? text(text) : LocalizedText.EMPTY;
    }
}
