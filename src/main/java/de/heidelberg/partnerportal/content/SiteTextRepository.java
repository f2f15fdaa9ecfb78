package de.heidelberg.partnerportal.content;

import java.util.Optional;

interface SiteTextRepository extends ContentRepository<SiteText> {

    Optional<SiteText> findByKey(String key);
}
