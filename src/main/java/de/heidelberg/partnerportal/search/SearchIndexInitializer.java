package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.cluster.ClusterLocks;
import jakarta.annotation.PostConstruct;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Builds the search index at start-up when it is empty while the database has content (a new node, a
 * deleted index folder, an installation from before the search existed), or when an older version of
 * the portal wrote it in another layout ({@link ContentDocumentBinder#FORMAT}). Such an index is dropped
 * before anything else can write to it (Lucene refuses fields indexed with other options), then rebuilt
 * in the background; search answers from the part already built.
 */
@Component
class SearchIndexInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    /** How long a node waits for another that checks the index at the same time. */
    private static final Duration CHECKING = Duration.ofMinutes(5);

    private final SearchIndexAdmin admin;
    private final ClusterLocks locks;
    private boolean dropped;

    SearchIndexInitializer(SearchIndexAdmin admin, ClusterLocks locks) {
        this.admin = admin;
        this.locks = locks;
    }

    /** Runs while the beans are made, so before any of them writes content (the demo content loader too). */
    @PostConstruct
    void dropOutdatedIndex() {
        // nodes sharing one index check it one after the other, so that only the first drops it
        dropped = locks.runExclusively("search-index-layout", CHECKING, CHECKING, this::dropIfOutdated);
    }

    private boolean dropIfOutdated() {
        // in the cluster the index is made here, not while Hibernate Search starts: two nodes starting at
        // once would both try to create it
        admin.createOrUpdateSchema();
        long outdated = admin.outdatedDocuments();
        if (outdated > 0) {
            log.info(
                    "The search index was written by an older version of the portal ({} documents): dropping it",
                    outdated);
            admin.dropAndCreate();
            return true;
        }
        return false;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SearchIndexAdmin.IndexStatus status = admin.currentStatus();
        if (dropped) {
            log.info("Rebuilding the search index in the new layout for {} items", status.stored());
            admin.startRebuild();
        } else if (status.documents() == 0 && status.stored() > 0 && !status.rebuilding()) {
            log.info("The search index is empty: building it for {} items", status.stored());
            admin.startRebuild();
        }
    }
}
