package de.heidelberg.partnerportal.city;

/** How many relations the data holds, by kind and status: the overview's numbers. */
public record RelationCounts(long activePartnerships, long dormantPartnerships, long friendlyRelations) {}
