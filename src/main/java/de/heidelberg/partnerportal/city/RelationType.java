package de.heidelberg.partnerportal.city;

/** A town partnership (Städtepartnerschaft) or a friendly relation (freundschaftliche Beziehung). */
public enum RelationType {
    PARTNERSHIP,
    FRIENDSHIP
}
