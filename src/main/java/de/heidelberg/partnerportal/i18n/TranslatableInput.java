package de.heidelberg.partnerportal.i18n;

import java.util.Set;

/** An editor's input made of translated texts, which a translator may type in for their languages only. */
public interface TranslatableInput {

    /** Only these languages can be typed in; the others, and everything that is no text, are read-only. */
    void setEditableLanguages(Set<String> editable);
}
