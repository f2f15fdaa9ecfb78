package de.heidelberg.partnerportal.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Builds the search index at start-up when it is empty while the database has content (a new node, a
 * deleted index folder, an installation from before the search existed), or when an older version of
 * the portal wrote it (its documents lack fields that queries now filter on). It runs in the background;
 * search answers from the part already built.
 */
@Component
class SearchIndexInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final SearchIndexAdmin admin;

    SearchIndexInitializer(SearchIndexAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SearchIndexAdmin.IndexStatus status = admin.currentStatus();
        if (status.documents() == 0 && status.stored() > 0) {
            log.info("The search index is empty: building it for {} items", status.stored());
            admin.startRebuild();
        } else if (status.documents() > 0 && admin.outdatedDocuments() > 0) {
            log.info("The search index was written by an older version of the portal: rebuilding it for {} items",
                    status.stored());
            admin.startRebuild();
        }
    }
}
