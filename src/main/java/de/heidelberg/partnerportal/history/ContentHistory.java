package de.heidelberg.partnerportal.history;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentChanges;
import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.FormJson;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;

/**
 * Every saved version of every content item, as the editor's form was saved, with who and when.
 * Editors compare versions field by field and take an earlier one back into the form (saving it is an
 * ordinary save, so it becomes the newest version). Administrators read the audit log of all saves.
 */
@Service
public class ContentHistory {

    /** A saved version, without its contents. */
    public record Revision(
            long id,
            ContentType type,
            String slug,
            ContentChanges.Action action,
            String changedBy,
            Instant changedAt) {}

    private static final Logger log = LoggerFactory.getLogger(ContentHistory.class);

    private final ContentRevisionRepository revisions;
    private final Clock clock;

    ContentHistory(ContentRevisionRepository revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Keeps a changed item's form as its newest version; runs in the changing transaction. City staff's proposals
     * (visit requests) are kept too.
     */
    @EventListener
    @PreAuthorize(
            ContentAccess.TRANSLATORS + " or (" + ContentAccess.STAFF + " and #change?.action()?.name() == 'PROPOSE')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ContentChanges.ContentChanged change) {
        ContentEntity item = change.item();
        revisions.save(new ContentRevision(
                item.contentType(),
                item.getId(),
                item.getSlug(),
                change.action(),
                CurrentUser.username(),
                clock.instant(),
                FormJson.MAPPER.writeValueAsString(change.form())));
    }

    /** A saved version with its form; empty when the form can no longer be read (an older form's shape). */
    public record Version<F>(Revision revision, Optional<F> form) {}

    /** An item's versions with their forms, newest first, in one query. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public <F> List<Version<F>> versions(ContentType type, long itemId, Class<F> formType) {
        return revisions.findByTypeAndItemIdOrderByIdDesc(type, itemId).stream()
                .map(revision -> new Version<>(
                        new Revision(
                                revision.getId(),
                                revision.getType(),
                                revision.getSlug(),
                                revision.getAction(),
                                revision.getChangedBy(),
                                revision.getChangedAt()),
                        read(revision, formType)))
                .toList();
    }

    /** The newest saves of all content, for administrators, without their contents. */
    @PreAuthorize(ContentAccess.ADMINS)
    @Transactional(readOnly = true)
    public List<Revision> latest(int count) {
        return revisions.findLatest(PageRequest.of(0, count));
    }

    private <F> Optional<F> read(ContentRevision revision, Class<F> formType) {
        try {
            return Optional.of(FormJson.MAPPER.readValue(revision.getSnapshot(), formType));
        } catch (JacksonException unreadable) {
            log.warn(
                    "Version {} of {} {} cannot be read: {}",
                    revision.getId(),
                    revision.getType(),
                    revision.getSlug(),
                    unreadable.getMessage());
            return Optional.empty();
        }
    }
}
