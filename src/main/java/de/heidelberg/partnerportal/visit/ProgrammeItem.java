package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.EditChecks;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One item of a visit's programme, stored with it. */
@Embeddable
class ProgrammeItem {

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(length = 300)
    private @Nullable String place;

    @Column(nullable = false, length = 1000)
    private String what;

    protected ProgrammeItem() {}

    ProgrammeItem(ProgrammeItemEdit edit) {
        this.startsAt = edit.startsAt();
        this.place = EditChecks.tidy(edit.place());
        this.what = edit.what() == null ? "" : edit.what().strip();
    }

    ProgrammeItemEdit edit() {
        return new ProgrammeItemEdit(startsAt, place, what);
    }
}
