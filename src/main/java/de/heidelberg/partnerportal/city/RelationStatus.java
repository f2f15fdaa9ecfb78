package de.heidelberg.partnerportal.city;

/**
 * Whether a relation is lived, largely at rest, suspended (e.g. by a council decision), or a thing of the
 * past. Setting a relation to {@link #DORMANT} or {@link #SUSPENDED} needs a note saying why.
 */
public enum RelationStatus {
    ACTIVE,
    DORMANT,
    SUSPENDED,
    FORMER;

    /** Whether a change to this status needs a note in the status history. */
    public boolean needsNote() {
        return this == DORMANT || this == SUSPENDED;
    }
}
