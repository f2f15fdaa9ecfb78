package de.heidelberg.partnerportal.contact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    Optional<Contact> findBySlug(String slug);

    List<Contact> findAllByOrderByActiveDescPositionAsc();

    List<Contact> findByIdIn(Collection<Long> ids);

    List<Contact> findBySlugIn(Collection<String> slugs);
}
