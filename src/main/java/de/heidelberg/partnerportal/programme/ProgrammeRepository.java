package de.heidelberg.partnerportal.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    Optional<Programme> findBySlug(String slug);

    List<Programme> findAllByOrderByPositionAsc();
}
