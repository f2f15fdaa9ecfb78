package de.heidelberg.partnerportal.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, Long> {

    Optional<Network> findBySlug(String slug);

    List<Network> findAllByOrderByPositionAsc();

    List<Network> findByIdIn(Collection<Long> ids);

    List<Network> findBySlugIn(Collection<String> slugs);
}
