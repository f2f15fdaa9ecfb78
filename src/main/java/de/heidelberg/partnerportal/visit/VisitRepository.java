package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.util.List;

interface VisitRepository extends ContentRepository<Visit> {

    List<Visit> findAllByOrderByStartDateDesc();
}
