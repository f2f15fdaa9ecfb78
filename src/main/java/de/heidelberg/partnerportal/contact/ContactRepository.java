package de.heidelberg.partnerportal.contact;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.util.Collection;
import java.util.List;

interface ContactRepository extends ContentRepository<Contact> {

    List<Contact> findAllByOrderByActiveDescPositionAsc();

    List<Contact> findByIdIn(Collection<Long> ids);

    List<Contact> findBySlugIn(Collection<String> slugs);
}
