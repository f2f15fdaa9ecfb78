package de.heidelberg.partnerportal.network;

/** Networks covering many topics (themenübergreifend) or devoted to one (themenspezifisch). */
public enum NetworkKind {
    CROSS_CUTTING,
    THEMATIC
}
