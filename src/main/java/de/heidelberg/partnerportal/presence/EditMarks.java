package de.heidelberg.partnerportal.presence;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who else has an item's editor open: editors see "being edited by … since …" so that they can talk
 * before they overwrite each other (the version check refuses a stale save anyway). An open editor
 * renews its mark while it is open; a mark not renewed within {@link #LIFETIME} expires on its own,
 * e.g. when a browser is closed without saying goodbye.
 */
@Service
public class EditMarks {

    /** How long a mark lasts without renewal; editors renew it every {@link #RENEW_EVERY}. */
    public static final Duration LIFETIME = Duration.ofMinutes(2);

    public static final Duration RENEW_EVERY = Duration.ofSeconds(30);

    /** Another editor working on the same item. */
    public record Mark(String username, Instant since) {}

    private final EditMarkRepository marks;
    private final Clock clock;

    EditMarks(EditMarkRepository marks, Clock clock) {
        this.marks = marks;
        this.clock = clock;
    }

    /** Marks (or renews) the current user as editing this item; returns the other editors' marks. */
    @PreAuthorize(ContentAccess.TRANSLATORS)
    @Transactional
    public List<Mark> mark(ContentType type, String slug) {
        Instant now = clock.instant();
        marks.deleteExpired(now);
        EditMark.Key key = new EditMark.Key(type, slug, CurrentUser.username());
        marks.findById(key)
                .ifPresentOrElse(
                        mark -> mark.renew(now.plus(LIFETIME)),
                        () -> marks.save(new EditMark(key, now, now.plus(LIFETIME))));
        return others(type, slug, now);
    }

    /** The current user has left the item's editor. */
    @PreAuthorize(ContentAccess.TRANSLATORS)
    @Transactional
    public void release(ContentType type, String slug) {
        marks.deleteById(new EditMark.Key(type, slug, CurrentUser.username()));
    }

    private List<Mark> others(ContentType type, String slug, Instant now) {
        String me = CurrentUser.username();
        return marks.findActive(type, slug, now).stream()
                .filter(mark -> !mark.getKey().username().equals(me))
                .map(mark -> new Mark(mark.getKey().username(), mark.getSince()))
                .toList();
    }
}
