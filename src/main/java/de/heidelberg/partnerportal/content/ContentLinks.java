package de.heidelberg.partnerportal.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Links to content of any kind, resolved by the feature that owns it. */
@Service
public class ContentLinks {

    private final List<ContentCatalog> catalogs;

    public ContentLinks(List<ContentCatalog> catalogs) {
        this.catalogs = catalogs;
    }

    @PreAuthorize(ContentAccess.READERS)
    public List<ContentLink> links(ContentType type, Collection<Long> ids, Reader reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return catalog(type).map(catalog -> catalog.links(ids, reader)).orElse(List.of());
    }

    @PreAuthorize(ContentAccess.READERS)
    public List<ContentLink> all(ContentType type, Reader reader) {
        return catalog(type).map(catalog -> catalog.all(reader)).orElse(List.of());
    }

    private Optional<ContentCatalog> catalog(ContentType type) {
        return catalogs.stream().filter(catalog -> catalog.type() == type).findFirst();
    }
}
