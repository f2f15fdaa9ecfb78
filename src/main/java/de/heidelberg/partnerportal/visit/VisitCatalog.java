package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentCatalog;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets other features (gifts) link to visits: for city staff only, never for partner-city colleagues. */
@Component
class VisitCatalog implements ContentCatalog {

    // the repository, not the service: the service links to other features' items through ContentLinks, which
    // is made from the catalogs
    private final VisitRepository visits;

    VisitCatalog(VisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public ContentType type() {
        return ContentType.VISIT;
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContentLink> links(Collection<Long> ids, Reader reader) {
        Map<Long, ContentLink> byId =
                all(reader).stream().collect(Collectors.toMap(ContentLink::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContentLink> all(Reader reader) {
        if (!reader.seesInternal()) {
            return List.of();
        }
        return visits.findAllByOrderByStartDateDesc().stream()
                .filter(reader::mayRead)
                .map(visit -> new ContentLink(
                        ContentType.VISIT, visit.getId(), visit.getSlug(), reader.text(visit.getTitle())))
                .toList();
    }
}
