package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentCatalog;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Lets other features link to cities. */
@Component
class CityCatalog implements ContentCatalog {

    private final CityService cities;

    CityCatalog(CityService cities) {
        this.cities = cities;
    }

    @Override
    public ContentType type() {
        return ContentType.PARTNER_CITY;
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    public List<ContentLink> links(Collection<Long> ids, Reader reader) {
        Map<Long, CitySummary> byId =
                cities.summaries(ids, reader).stream().collect(Collectors.toMap(CitySummary::id, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(city -> city.name().text(), Collator.getInstance(reader.locale())))
                .map(CityCatalog::link)
                .toList();
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    public List<ContentLink> all(Reader reader) {
        return cities.findAll(reader).stream().map(CityCatalog::link).toList();
    }

    private static ContentLink link(CitySummary city) {
        return new ContentLink(ContentType.PARTNER_CITY, city.id(), city.slug(), city.name());
    }
}
