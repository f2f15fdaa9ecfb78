package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface VisitRepository extends ContentRepository<Visit> {

    List<Visit> findAllByOrderByStartDateDesc();

    /** The visits in these states that have not ended before the day, the soonest first. */
    List<Visit> findByEndDateGreaterThanEqualAndStateInOrderByStartDateAsc(
            LocalDate day, Collection<VisitState> states);
}
