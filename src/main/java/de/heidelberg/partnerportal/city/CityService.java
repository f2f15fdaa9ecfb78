package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner cities and friendly relations for readers, and their creation for editors. */
@Service
public class CityService {

    private final CityRepository cities;
    private final SupportedLanguages languages;
    private final PortalProperties.HomeCity home;

    CityService(CityRepository cities, SupportedLanguages languages, PortalProperties properties) {
        this.cities = cities;
        this.languages = languages;
        this.home = properties.homeCity();
    }

    /** All relations the reader may see, alphabetically in the reader's language. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<CitySummary> findAll(Reader reader) {
        Collator collator = Collator.getInstance(reader.locale());
        return cities.findAll().stream()
                .filter(city -> reader.mayRead(city.isPublished()))
                .map(city -> summary(city, reader))
                .sorted(Comparator.comparing(city -> city.name().text(), collator))
                .toList();
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<CityDetail> findBySlug(String slug, Reader reader) {
        return cities.findBySlug(slug).filter(city -> reader.mayRead(city.isPublished())).map(city -> detail(city, reader));
    }

    /** Counted from the data, never from a text: what the overview says. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public RelationCounts counts(Reader reader) {
        List<PartnerCity> visible = cities.findAll().stream().filter(city -> reader.mayRead(city.isPublished())).toList();
        return new RelationCounts(
                count(visible, RelationType.PARTNERSHIP, RelationStatus.ACTIVE),
                count(visible, RelationType.PARTNERSHIP, RelationStatus.DORMANT),
                count(visible, RelationType.FRIENDSHIP, RelationStatus.ACTIVE));
    }

    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return cities.findBySlugIn(slugs).stream().collect(Collectors.toMap(PartnerCity::getSlug, PartnerCity::getId));
    }

    @Transactional(readOnly = true)
    public long count() {
        return cities.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewCity city) {
        return cities.save(new PartnerCity(city, languages.source().getLanguage(), city.contactIds())).getId();
    }

    @Transactional(readOnly = true)
    List<CitySummary> summaries(Collection<Long> ids, Reader reader) {
        return cities.findByIdIn(ids).stream()
                .filter(city -> reader.mayRead(city.isPublished()))
                .map(city -> summary(city, reader))
                .toList();
    }

    private static long count(List<PartnerCity> cities, RelationType relation, RelationStatus status) {
        return cities.stream().filter(c -> c.getRelation() == relation && c.getStatus() == status).count();
    }

    private CitySummary summary(PartnerCity city, Reader reader) {
        return new CitySummary(
                city.getId(),
                city.getSlug(),
                reader.text(city.getName()),
                city.getCountry(),
                Locale.of("", city.getCountry()).getDisplayCountry(reader.locale()),
                city.getRelation(),
                city.getStatus(),
                city.getSince(),
                Distances.kilometres(home.latitude(), home.longitude(), city.getLatitude(), city.getLongitude()));
    }

    private CityDetail detail(PartnerCity city, Reader reader) {
        return new CityDetail(
                summary(city, reader),
                reader.text(city.getRegion()),
                reader.text(city.getSinceNote()),
                reader.text(city.getDescription()),
                city.getFocusAreas().stream()
                        .map(area -> new CityDetail.FocusAreaView(
                                reader.text(area.getTitle()),
                                area.getItems().stream().map(reader::text).toList()))
                        .toList(),
                city.getContactIds(),
                city.getLatitude(),
                city.getLongitude(),
                reader.internal(city.getInternalNote()));
    }
}
