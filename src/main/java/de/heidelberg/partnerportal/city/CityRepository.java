package de.heidelberg.partnerportal.city;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityRepository extends JpaRepository<PartnerCity, Long> {

    Optional<PartnerCity> findBySlug(String slug);

    List<PartnerCity> findByIdIn(Collection<Long> ids);

    List<PartnerCity> findBySlugIn(Collection<String> slugs);

    List<PartnerCity> findByDeletedAtIsNotNull();
}
