package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.util.Collection;
import java.util.List;

interface NetworkRepository extends ContentRepository<Network> {

    List<Network> findAllByOrderByPositionAsc();

    List<Network> findByIdIn(Collection<Long> ids);

    List<Network> findBySlugIn(Collection<String> slugs);
}
