package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.i18n.TextEdit;

/**
 * A focus area of the cooperation as an editor's form holds it: its title, and its items one per line
 * in every language (line n of a translation translates line n of the German text).
 */
public record FocusAreaEdit(TextEdit title, TextEdit items) {

    public FocusAreaEdit {
        title = title == null ? TextEdit.EMPTY : title;
        items = items == null ? TextEdit.EMPTY : items;
    }
}
