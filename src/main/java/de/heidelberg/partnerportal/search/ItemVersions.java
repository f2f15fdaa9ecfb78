package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the index check ({@link SearchIndexCheck}) compares, for one kind of content: the item versions the index's
 * documents were written from and the items' versions in the database; and its repair, the documents of some
 * items written again from the database or removed.
 */
@Component
class ItemVersions {

    private static final int SCROLL_CHUNK = 1000;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    ItemVersions(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Item id to the version in its document (null for a document without one, {@link IndexDifferences#TWICE} for
     * an item with two documents), read in chunks.
     */
    <E> Map<Long, @Nullable Long> indexed(Class<E> type) {
        Map<Long, @Nullable Long> versions = new HashMap<>();
        try (EntityManager reading = entityManagerFactory.createEntityManager();
                SearchScroll<IndexedVersion> scroll = Search.session(reading)
                        .search(type)
                        .select(f -> f.composite()
                                .from(f.id(Long.class), f.field(ContentDocumentBinder.VERSION, Long.class))
                                .as(IndexedVersion::new))
                        .where(f -> f.matchAll())
                        .scroll(SCROLL_CHUNK)) {
            for (SearchScrollResult<IndexedVersion> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                for (IndexedVersion document : chunk.hits()) {
                    versions.put(
                            document.id(),
                            versions.containsKey(document.id())
                                    ? Long.valueOf(IndexDifferences.TWICE)
                                    : document.version());
                }
            }
        }
        return versions;
    }

    private record IndexedVersion(Long id, @Nullable Long version) {}

    /** Item id to version in the database. */
    Map<Long, Long> stored(String entityName) {
        Map<Long, Long> versions = new HashMap<>();
        try (EntityManager reading = entityManagerFactory.createEntityManager()) {
            reading.createQuery("select e.id, e.version from " + entityName + " e", Object[].class)
                    .getResultStream()
                    .forEach(row -> versions.put((Long) row[0], (Long) row[1]));
        }
        return versions;
    }

    /** Writes the items' documents again from the database, or removes those whose item no longer exists. */
    void repair(Class<?> type, String entityName, List<Long> ids) {
        transaction.executeWithoutResult(status -> {
            SearchSession search = Search.session(entityManager);
            Set<Long> found = new HashSet<>();
            entityManager
                    .createQuery("select e from " + entityName + " e where e.id in :ids", ContentEntity.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(item -> {
                        search.indexingPlan().addOrUpdate(item);
                        found.add(item.getId());
                    });
            ids.stream()
                    .filter(id -> !found.contains(id))
                    .forEach(id -> search.indexingPlan().purge(type, id, null));
        });
    }
}
