package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.EditChecks;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A person of a visit, stored with it. */
@Embeddable
class VisitPerson {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "function_name", length = 300)
    private @Nullable String function;

    @Column(length = 200)
    private @Nullable String city;

    @Column(length = 2)
    private @Nullable String country;

    @Column(name = "contact_id")
    private @Nullable Long contactId;

    protected VisitPerson() {}

    VisitPerson(VisitPersonEdit edit) {
        this.name = edit.name() == null ? "" : edit.name().strip();
        this.function = EditChecks.tidy(edit.function());
        this.city = EditChecks.tidy(edit.city());
        this.country = EditChecks.tidy(edit.country());
        this.contactId = edit.contactId();
    }

    VisitPersonEdit edit() {
        return new VisitPersonEdit(name, function, city, country, contactId);
    }

    String getName() {
        return name;
    }
}
