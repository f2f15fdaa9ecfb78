package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentEntity;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Keeps the index true after an edit. A change inside a translated text is not a change of the item
 * the index can see by itself (texts have no link back to their item), so the saving service asks
 * for the item to be written again; that happens when the transaction commits.
 */
@Component
public class SearchIndexing {

    private final EntityManager entityManager;

    SearchIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void reindex(ContentEntity item) {
        Search.session(entityManager).indexingPlan().addOrUpdate(item);
    }
}
