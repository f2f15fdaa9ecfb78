package de.heidelberg.partnerportal.content;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps every change of a stored item ends with, in the changing transaction: who and when on the
 * item, then {@link ContentChanged} for those who keep track of changes — the history keeps the form
 * as a version, the search index writes the item again (it cannot see a change inside a translated
 * text by itself). Listeners run in the changing transaction, so a version is never kept for a change
 * that is rolled back.
 */
@Component
public class ContentChanges {

    /** What was done to the item. */
    public enum Action {
        SAVE,
        /** A new item proposed by someone who may not edit its section (a visit request by city staff). */
        PROPOSE,
        TRASH,
        RESTORE
    }

    /**
     * Published after every change of an item, within its transaction.
     *
     * @param form the item's whole form after the change, as its editor saved it
     */
    public record ContentChanged(ContentEntity item, Action action, ContentForm form) {}

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentChanges(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ContentEntity item, Action action, ContentForm form) {
        item.markChanged(CurrentUser.username(), clock.instant());
        events.publishEvent(new ContentChanged(item, action, form));
    }
}
