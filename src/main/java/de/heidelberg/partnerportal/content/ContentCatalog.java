package de.heidelberg.partnerportal.content;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by each content feature for its own items, so that other features can link to them
 * (a news item to its cities, a programme to its cities) without depending on that feature.
 */
public interface ContentCatalog {

    ContentType type();

    /** Links to the items with these ids that the reader may see, in the given order. */
    List<ContentLink> links(Collection<Long> ids, Reader reader);

    /** Links to all items the reader may see, ordered by title in the reader's language. */
    List<ContentLink> all(Reader reader);
}
