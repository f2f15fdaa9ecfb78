package de.heidelberg.partnerportal.page;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.util.Optional;

interface SiteTextRepository extends ContentRepository<SiteText> {

    Optional<SiteText> findByKey(String key);
}
