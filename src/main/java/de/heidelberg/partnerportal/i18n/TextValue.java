package de.heidelberg.partnerportal.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One language's text of a translated field, and the source revision it was translated from. */
@Embeddable
class TextValue {

    static final int MAX_LENGTH = 100_000;

    @Column(name = "text", nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "based_on_revision", nullable = false)
    private int basedOnRevision;

    protected TextValue() {}

    TextValue(String text, int basedOnRevision) {
        this.text = text;
        this.basedOnRevision = basedOnRevision;
    }

    String text() {
        return text;
    }

    int basedOnRevision() {
        return basedOnRevision;
    }
}
