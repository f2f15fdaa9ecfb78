package de.heidelberg.partnerportal.contact;

import java.util.Collection;
import java.util.List;
import de.heidelberg.partnerportal.content.ContentRepository;

interface ContactRepository extends ContentRepository<Contact> {

    List<Contact> findAllByOrderByActiveDescPositionAsc();

    List<Contact> findByIdIn(Collection<Long> ids);

    List<Contact> findBySlugIn(Collection<String> slugs);
}
