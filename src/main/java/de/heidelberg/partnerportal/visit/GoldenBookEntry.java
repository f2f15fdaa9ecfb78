package de.heidelberg.partnerportal.visit;

import java.time.LocalDate;

/** An entry in the city's Golden Book: when, who signed, at which visit. */
public record GoldenBookEntry(LocalDate date, String signers, VisitSummary visit) {}
