package de.heidelberg.partnerportal.visit;

/** Where a visit stands, from the first request to done (or cancelled). */
public enum VisitState {
    REQUESTED,
    PLANNED,
    CONFIRMED,
    DONE,
    CANCELLED;

    /** Still to come or under way: not done and not cancelled. */
    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
