package de.heidelberg.partnerportal.content;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteTextRepository extends JpaRepository<SiteText, Long> {

    Optional<SiteText> findByKey(String key);
}
