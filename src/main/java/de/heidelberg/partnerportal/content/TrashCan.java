package de.heidelberg.partnerportal.content;

import java.time.Instant;
import java.util.List;

/**
 * Implemented by each content feature that can move its items to the trash, so that one trash page
 * lists and restores items of every kind without depending on the features.
 */
public interface TrashCan {

    ContentType type();

    /** The feature's items in the trash, most recently deleted first. */
    List<TrashedItem> trashed(Reader reader);

    /** Takes an item out of the trash; readers see it again as it was (published or draft). */
    void restore(long id);

    /** An item in the trash, with its title in the reader's language. */
    record TrashedItem(ContentType type, long id, String slug, String title, String deletedBy, Instant deletedAt) {}
}
