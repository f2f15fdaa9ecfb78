package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The search index's state and its rebuild. A rebuild runs in the background: the portal stays usable,
 * and search finds what is already written again.
 */
@Service
public class SearchIndexAdmin {

    /** Documents in the index per kind, items in the database, and a running rebuild's progress. */
    public record IndexStatus(
            Map<String, Long> documentsByType,
            long documents,
            long stored,
            boolean rebuilding,
            long rebuilt,
            long toRebuild) {}

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);
    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final int BATCH_SIZE = 100;
    private static final int LOADING_THREADS = 2;

    private final EntityManagerFactory entityManagerFactory;
    private final RebuildState rebuilds;

    SearchIndexAdmin(EntityManagerFactory entityManagerFactory, RebuildState rebuilds) {
        this.entityManagerFactory = entityManagerFactory;
        this.rebuilds = rebuilds;
    }

    @PreAuthorize(ContentAccess.ADMINS)
    public IndexStatus status() {
        return currentStatus();
    }

    IndexStatus currentStatus() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            var result = Search.session(entityManager)
                    .search(ContentEntity.class)
                    .where(f -> f.matchAll())
                    .aggregation(TYPES, f -> f.terms().field(ContentDocumentBinder.TYPE, String.class))
                    .fetch(0);
            Map<String, Long> byType = new LinkedHashMap<>(result.aggregation(TYPES));
            RebuildState.Progress rebuild = rebuilds.progress();
            return new IndexStatus(
                    byType,
                    result.total().hitCount(),
                    stored(entityManager),
                    rebuild.running(),
                    rebuild.rebuilt(),
                    rebuild.toRebuild());
        }
    }

    /** Documents written in another layout than this version's ({@link ContentDocumentBinder#FORMAT}). */
    long outdatedDocuments() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager)
                    .search(ContentEntity.class)
                    .where(f -> f.not(
                            f.match().field(ContentDocumentBinder.INDEX_FORMAT).matching(ContentDocumentBinder.FORMAT)))
                    .fetchTotalHitCount();
        }
    }

    /** Creates the index where it is missing and adds fields it lacks (nodes sharing an index do it in turn). */
    void createOrUpdateSchema() {
        Search.mapping(entityManagerFactory)
                .scope(ContentEntity.class)
                .schemaManager()
                .createOrUpdate();
    }

    /** Deletes the index with everything in it, the layout of its fields too, and creates it empty. */
    void dropAndCreate() {
        Search.mapping(entityManagerFactory)
                .scope(ContentEntity.class)
                .schemaManager()
                .dropAndCreate();
    }

    /** Whether a rebuild runs, on this node or another. */
    boolean isRebuilding() {
        return rebuilds.progress().running();
    }

    /** Starts a rebuild in the background; false when one is already running (on any node). */
    @PreAuthorize(ContentAccess.ADMINS)
    public boolean rebuild() {
        return startRebuild();
    }

    boolean startRebuild() {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        Optional<RebuildState.Run> started = rebuilds.start(stored(entityManager));
        if (started.isEmpty()) {
            entityManager.close();
            return false;
        }
        RebuildState.Run run = started.get();
        long start = System.nanoTime();
        // a rebuild starts from an empty index (writing over documents would add duplicates). The embedded index is
        // emptied by its own writer, so that searches and the admin page reading it meanwhile never meet files
        // being deleted under them (dropping the directory did, and left the writer broken); OpenSearch's index is
        // made anew, as emptying it there would need its reindex module
        boolean embedded = Search.mapping(entityManagerFactory).backend() instanceof LuceneBackend;
        try {
            Search.session(entityManager)
                    .massIndexer(ContentEntity.class)
                    .dropAndCreateSchemaOnStart(!embedded)
                    .purgeAllOnStart(embedded)
                    // larger batches: fewer round trips for the items and their texts (measured by SearchBenchmark)
                    .batchSizeToLoadObjects(BATCH_SIZE)
                    .threadsToLoadObjects(LOADING_THREADS)
                    .monitor(new Progress(run))
                    .start()
                    .whenComplete((done, failure) -> {
                        entityManager.close();
                        run.finish(failure != null);
                        if (failure != null) {
                            log.error("Rebuilding the search index failed", failure);
                        } else {
                            log.info(
                                    "Rebuilt the search index: {} items in {} ms",
                                    run.rebuilt(),
                                    (System.nanoTime() - start) / 1_000_000);
                        }
                    });
        } catch (RuntimeException notStarted) {
            entityManager.close();
            run.finish(true);
            throw notStarted;
        }
        return true;
    }

    private static long stored(EntityManager entityManager) {
        long stored = 0;
        for (SearchIndexedEntity<?> entity :
                Search.mapping(entityManager.getEntityManagerFactory()).allIndexedEntities()) {
            stored += entityManager
                    .createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                    .getSingleResult();
        }
        return stored;
    }

    /** Counts what the mass indexer has written. */
    private static final class Progress implements MassIndexingMonitor {

        private final RebuildState.Run run;

        Progress(RebuildState.Run run) {
            this.run = run;
        }

        @Override
        public void documentsAdded(long increment) {
            run.added(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added to the index
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted when added to the index
        }

        @Override
        public void indexingCompleted() {
            // the completion stage reports the end
        }
    }
}
