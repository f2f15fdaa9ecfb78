package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.LocalizedText;

/** A link to a content page, with its title in the reader's language. */
public record ContentLink(ContentType type, Long id, String slug, LocalizedText title) {

    public String url() {
        return type.path() + "/" + slug;
    }
}
