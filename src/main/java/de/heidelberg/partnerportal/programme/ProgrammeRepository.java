package de.heidelberg.partnerportal.programme;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.util.List;

interface ProgrammeRepository extends ContentRepository<Programme> {

    List<Programme> findAllByOrderByPositionAsc();
}
