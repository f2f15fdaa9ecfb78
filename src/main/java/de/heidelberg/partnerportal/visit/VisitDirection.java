package de.heidelberg.partnerportal.visit;

/** Guests who come to Heidelberg, or people from Heidelberg who travel. */
public enum VisitDirection {
    INCOMING,
    OUTGOING
}
