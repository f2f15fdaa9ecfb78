package de.heidelberg.partnerportal.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One entry of a relation's status history: the status, from when it applies, why, who recorded it and when. */
@Entity
@Table(name = "city_status_change")
class StatusChange {

    /** As long as the database column. */
    static final int MAX_NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationStatus status;

    @Column(name = "valid_from")
    private @Nullable LocalDate validFrom;

    @Column(length = MAX_NOTE_LENGTH)
    private @Nullable String note;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected StatusChange() {}

    StatusChange(
            RelationStatus status,
            @Nullable LocalDate validFrom,
            @Nullable String note,
            String changedBy,
            Instant changedAt) {
        this.status = status;
        this.validFrom = validFrom;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    RelationStatus getStatus() {
        return status;
    }

    @Nullable
    LocalDate getValidFrom() {
        return validFrom;
    }

    String getNote() {
        return note == null ? "" : note;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    String getChangedBy() {
        return changedBy;
    }
}
