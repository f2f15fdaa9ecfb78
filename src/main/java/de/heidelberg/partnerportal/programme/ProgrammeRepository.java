package de.heidelberg.partnerportal.programme;

import java.util.List;
import de.heidelberg.partnerportal.content.ContentRepository;

interface ProgrammeRepository extends ContentRepository<Programme> {

    List<Programme> findAllByOrderByPositionAsc();
}
