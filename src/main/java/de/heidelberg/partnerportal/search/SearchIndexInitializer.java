package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Builds the search index at start-up when it is missing or empty while the database has content (a
 * new node, a deleted index folder, an installation from before the search existed).
 */
@Component
class SearchIndexInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexInitializer(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            long indexed = Search.session(entityManager).search(ContentEntity.class)
                    .where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = 0;
            for (SearchIndexedEntity<?> entity : Search.mapping(entityManagerFactory).allIndexedEntities()) {
                stored += entityManager.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                        .getSingleResult();
            }
            if (indexed == 0 && stored > 0) {
                long start = System.nanoTime();
                Search.session(entityManager).massIndexer(ContentEntity.class).startAndWait();
                log.info("Built the search index for {} items in {} ms", stored, (System.nanoTime() - start) / 1_000_000);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
