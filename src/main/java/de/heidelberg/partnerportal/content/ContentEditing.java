package de.heidelberg.partnerportal.content;

import java.util.Optional;

/**
 * What a content section's service offers its editor page; each method checks the editor's role
 * itself ({@code @PreAuthorize}).
 *
 * @param <F> the section's form
 */
public interface ContentEditing<F extends ContentForm> {

    /** A stored item's form, with each text's state; empty for an unknown slug or an item in the trash. */
    Optional<F> edit(String slug);

    /** A new item's form. */
    F newItem();

    /** Saves a form and returns the item's slug; refused with {@link ContentEditException} or {@link StaleEditException}. */
    String save(F form);

    /** Moves a stored item to the trash; refused with {@link StaleEditException} if it changed since it was loaded. */
    void trash(long id, long editedVersion);
}
