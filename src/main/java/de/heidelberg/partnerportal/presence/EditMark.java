package de.heidelberg.partnerportal.presence;

import de.heidelberg.partnerportal.content.ContentType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An editor has an item's editor open, since a time, for as long as the page keeps renewing the mark. */
@Entity
@Table(name = "edit_mark")
class EditMark {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected EditMark() {}

    EditMark(Key key, Instant since, Instant expiresAt) {
        this.key = key;
        this.since = since;
        this.expiresAt = expiresAt;
    }

    Key getKey() {
        return key;
    }

    Instant getSince() {
        return since;
    }

    void renew(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    /** Which item, and who. */
    @Embeddable
    record Key(
            @Enumerated(EnumType.STRING) @Column(name = "content_type", length = 30)
            ContentType type,

            @Column(length = 150) String slug,
            @Column(length = 100) String username)
            implements Serializable {}
}
