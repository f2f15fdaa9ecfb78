package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentChanges;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index true after an edit. A change inside a translated text is not a change of the item
 * the index can see by itself (texts have no link back to their item), so every change announced by
 * {@link ContentChanges} has the item written again; that happens when the transaction commits.
 */
@Component
class SearchIndexing {

    private final EntityManager entityManager;

    SearchIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void reindex(ContentChanges.ContentChanged change) {
        if (change.item().contentType().searchable()) {
            Search.session(entityManager).indexingPlan().addOrUpdate(change.item());
        }
    }
}
