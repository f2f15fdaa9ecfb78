package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News for readers, newest first, filtered by city, network or year; creation for editors. */
@Service
public class NewsService {

    private final NewsRepository news;
    private final ContentLinks links;
    private final SupportedLanguages languages;

    NewsService(NewsRepository news, ContentLinks links, SupportedLanguages languages) {
        this.news = news;
        this.links = links;
        this.languages = languages;
    }

    /** One page of news, newest first (items without a day last within their year). */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<NewsSummary> find(NewsFilter filter, Reader reader, int page, int pageSize) {
        return news.find(reader.seesUnpublished(), filter.year(), filter.cityId(), filter.networkId(),
                        PageRequest.of(page, pageSize))
                .stream()
                .map(item -> summary(item, reader))
                .toList();
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public long count(NewsFilter filter, Reader reader) {
        return news.count(reader.seesUnpublished(), filter.year(), filter.cityId(), filter.networkId());
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<NewsSummary> latest(NewsFilter filter, Reader reader, int count) {
        return find(filter, reader, 0, count);
    }

    /** The years that have news the reader may see, newest first. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<Integer> years(Reader reader) {
        return news.years(reader.seesUnpublished());
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<NewsDetail> findBySlug(String slug, Reader reader) {
        return news.findBySlug(slug)
                .filter(item -> reader.mayRead(item.isPublished()))
                .map(item -> new NewsDetail(
                        summary(item, reader),
                        reader.text(item.getBody()),
                        reader.text(item.getImageCaption()),
                        reader.text(item.getImageAlt()),
                        links.links(ContentType.PARTNER_CITY, item.getCityIds(), reader),
                        links.links(ContentType.NETWORK, item.getNetworkIds(), reader),
                        reader.internal(item.getInternalNote())));
    }

    @Transactional(readOnly = true)
    public long count() {
        return news.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewNews item) {
        return news.save(new NewsItem(item, languages.source().getLanguage())).getId();
    }

    private static NewsSummary summary(NewsItem item, Reader reader) {
        return new NewsSummary(item.getId(), item.getSlug(), item.getDate(), item.getYear(),
                reader.text(item.getTitle()), reader.text(item.getTeaser()));
    }
}
