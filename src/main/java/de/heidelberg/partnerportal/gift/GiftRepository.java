package de.heidelberg.partnerportal.gift;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.util.List;

interface GiftRepository extends ContentRepository<Gift> {

    List<Gift> findAllByOrderByGivenOnDesc();

    List<Gift> findByImageId(long imageId);
}
