package de.heidelberg.partnerportal.visit;

/** What sort of visit: an official delegation, a study tour, or an event such as a conference or commemoration. */
public enum VisitKind {
    DELEGATION,
    STUDY_TOUR,
    EVENT
}
