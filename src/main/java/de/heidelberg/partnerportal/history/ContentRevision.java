package de.heidelberg.partnerportal.history;

import de.heidelberg.partnerportal.content.ContentChanges;
import de.heidelberg.partnerportal.content.ContentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved version of a content item: the editor's whole form as JSON, who saved it and when. */
@Entity
@Table(name = "content_revision")
class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 30)
    private ContentType type;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 150)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentChanges.Action action;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 10_000_000)
    private String snapshot;

    protected ContentRevision() {}

    ContentRevision(
            ContentType type,
            long itemId,
            String slug,
            ContentChanges.Action action,
            String changedBy,
            Instant changedAt,
            String snapshot) {
        this.type = type;
        this.itemId = itemId;
        this.slug = slug;
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.snapshot = snapshot;
    }

    @Nullable
    Long getId() {
        return id;
    }

    ContentType getType() {
        return type;
    }

    String getSlug() {
        return slug;
    }

    ContentChanges.Action getAction() {
        return action;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    String getSnapshot() {
        return snapshot;
    }
}
