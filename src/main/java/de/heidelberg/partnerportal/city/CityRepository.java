package de.heidelberg.partnerportal.city;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import de.heidelberg.partnerportal.content.ContentRepository;

interface CityRepository extends ContentRepository<PartnerCity> {


    List<PartnerCity> findByIdIn(Collection<Long> ids);

    List<PartnerCity> findBySlugIn(Collection<String> slugs);

}
