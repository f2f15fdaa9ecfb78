package de.heidelberg.partnerportal.i18n;

/** Where a field's translation into one language stands. */
public enum TranslationState {
    /** No text in this language yet. */
    MISSING,
    /** Translated from an older version of the source text. */
    OUTDATED,
    /** Translated from the current source text (or it is the source). */
    CURRENT
}
