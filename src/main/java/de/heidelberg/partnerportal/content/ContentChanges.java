package de.heidelberg.partnerportal.content;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps every change of a stored item ends with, in the changing transaction: who and when on the
 * item, the form as a version in the history, and {@link ContentChanged} for the search index (which
 * cannot see a change inside a translated text by itself).
 */
@Component
public class ContentChanges {

    /** Published after every change of an item, within its transaction. */
    public record ContentChanged(ContentEntity item) {}

    private final ContentHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentChanges(ContentHistory history, ApplicationEventPublisher events, Clock clock) {
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ContentEntity item, ContentHistory.Action action, ContentForm form) {
        item.markChanged(CurrentUser.username(), clock.instant());
        history.record(item.contentType(), item.getId(), item.getSlug(), action, form);
        events.publishEvent(new ContentChanged(item));
    }
}
