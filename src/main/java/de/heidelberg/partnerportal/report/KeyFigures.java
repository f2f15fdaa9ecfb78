package de.heidelberg.partnerportal.report;

/** A report's numbers at a glance. */
public record KeyFigures(
        int visits,
        int incoming,
        int outgoing,
        int cancelled,
        int namedPeople,
        int participants,
        int countries,
        int programmes,
        int news) {}
