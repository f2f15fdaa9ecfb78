package de.heidelberg.partnerportal.city;

/** Whether a relation is lived, largely at rest, or a thing of the past. */
public enum RelationStatus {
    ACTIVE,
    DORMANT,
    FORMER
}
