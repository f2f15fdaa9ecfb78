package de.heidelberg.partnerportal.visit;

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
        this.function = blankToNull(edit.function());
        this.city = blankToNull(edit.city());
        this.country = blankToNull(edit.country());
        this.contactId = edit.contactId();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    VisitPersonEdit edit() {
        return new VisitPersonEdit(name, function, city, country, contactId);
    }

    String getName() {
        return name;
    }
}
