package de.heidelberg.partnerportal.search;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the index check ({@link SearchIndexCheck}) once the portal is ready, in the background: start-up does
 * not wait for it, and the portal answers while it runs. Off with {@code portal.search.check-at-start=false}
 * (the tests start it themselves).
 */
@Component
class SearchIndexCheckAtStart {

    /** How long the check waits for another node's check or a rebuild before it leaves the work to them. */
    static final Duration WAIT_AT_MOST = Duration.ofMinutes(3);

    private final SearchIndexCheck check;
    private final boolean enabled;

    SearchIndexCheckAtStart(SearchIndexCheck check, @Value("${portal.search.check-at-start:true}") boolean enabled) {
        this.check = check;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void portalReady() {
        if (enabled) {
            check.checkAfterStart(WAIT_AT_MOST);
        }
    }
}
