package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.content.ContentRepository;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface NewsRepository extends ContentRepository<NewsItem> {

    String LIVE = "(:withUnpublished = true or (n.published = true"
            + " and (n.publishFrom is null or n.publishFrom <= current_timestamp)"
            + " and (n.publishUntil is null or n.publishUntil > current_timestamp)))";

    String FILTER = " where n.deletedAt is null and " + LIVE
            + " and (:year is null or n.year = :year)"
            + " and (:cityId is null or :cityId member of n.cityIds)"
            + " and (:networkId is null or :networkId member of n.networkIds)";

    List<NewsItem> findByIdIn(Collection<Long> ids);

    List<NewsItem> findByImageId(long imageId);

    List<NewsItem> findBySlugIn(Collection<String> slugs);

    @Query("select n from NewsItem n" + FILTER + " order by n.year desc, n.date desc nulls last, n.id desc")
    List<NewsItem> find(
            boolean withUnpublished,
            @Nullable Integer year,
            @Nullable Long cityId,
            @Nullable Long networkId,
            Pageable page);

    @Query("select count(n) from NewsItem n" + FILTER)
    long count(boolean withUnpublished, @Nullable Integer year, @Nullable Long cityId, @Nullable Long networkId);

    @Query("select distinct n.year from NewsItem n where n.deletedAt is null and " + LIVE + " order by n.year desc")
    List<Integer> years(boolean withUnpublished);
}
