package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentCatalog;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets other features link to news items (a visit to the news about it), newest first. */
@Component
class NewsCatalog implements ContentCatalog {

    // the repository, not the service: the service links to cities and networks through ContentLinks, which is
    // made from the catalogs
    private final NewsRepository news;

    NewsCatalog(NewsRepository news) {
        this.news = news;
    }

    @Override
    public ContentType type() {
        return ContentType.NEWS;
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContentLink> links(Collection<Long> ids, Reader reader) {
        Map<Long, ContentLink> byId = news.findByIdIn(ids).stream()
                .filter(reader::mayRead)
                .map(item -> link(item, reader))
                .collect(Collectors.toMap(ContentLink::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContentLink> all(Reader reader) {
        return news.findAll().stream()
                .filter(reader::mayRead)
                .sorted(Comparator.comparing(NewsItem::getYear)
                        .thenComparing(NewsItem::getDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .map(item -> link(item, reader))
                .toList();
    }

    private static ContentLink link(NewsItem item, Reader reader) {
        return new ContentLink(ContentType.NEWS, item.getId(), item.getSlug(), reader.text(item.getTitle()));
    }
}
