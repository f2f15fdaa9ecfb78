package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.util.Collection;
import java.util.List;

interface CityRepository extends ContentRepository<PartnerCity> {

    List<PartnerCity> findByIdIn(Collection<Long> ids);

    List<PartnerCity> findBySlugIn(Collection<String> slugs);
}
