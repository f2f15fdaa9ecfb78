package de.heidelberg.partnerportal.contact;

/** A named person, or an office (a team's shared address and phone). */
public enum ContactKind {
    PERSON,
    OFFICE
}
