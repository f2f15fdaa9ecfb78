package de.heidelberg.partnerportal.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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

    /** Links to the items with these ids that the reader may see, by id; empty places (null) are left out. */
    @PreAuthorize(ContentAccess.READERS)
    public Map<Long, ContentLink> byId(ContentType type, Collection<@Nullable Long> ids, Reader reader) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return links(type, wanted, reader).stream()
                .collect(Collectors.toMap(ContentLink::id, Function.identity(), (a, b) -> a));
    }

    @PreAuthorize(ContentAccess.READERS)
    public List<ContentLink> all(ContentType type, Reader reader) {
        return catalog(type).map(catalog -> catalog.all(reader)).orElse(List.of());
    }

    private Optional<ContentCatalog> catalog(ContentType type) {
        return catalogs.stream().filter(catalog -> catalog.type() == type).findFirst();
    }
}
