package de.heidelberg.partnerportal.visit;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The states of visits still to come or under way. */
    public static Set<VisitState> open() {
        return Arrays.stream(values()).filter(VisitState::isOpen).collect(Collectors.toUnmodifiableSet());
    }
}
