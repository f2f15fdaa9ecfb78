package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditingService;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.EditingSupport;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.Countries;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner cities and friendly relations for readers, and their editing for editors and translators. */
@Service
public class CityService extends ContentEditingService<PartnerCity, CityEdit> {

    /** The translation keys of a focus area's fields. */
    private final CityRepository cities;

    private final PortalProperties.HomeCity home;

    CityService(CityRepository cities, PortalProperties properties, EditingSupport support) {
        super(ContentType.PARTNER_CITY, cities, support);
        this.cities = cities;
        this.home = properties.homeCity();
    }

    /** All relations the reader may see, alphabetically in the reader's language. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<CitySummary> findAll(Reader reader) {
        Collator collator = Collator.getInstance(reader.locale());
        return cities.findAll().stream()
                .filter(reader::mayRead)
                .map(city -> summary(city, reader))
                .sorted(Comparator.comparing(city -> city.name().text(), collator))
                .toList();
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<CityDetail> findBySlug(String slug, Reader reader) {
        return cities.findBySlug(slug).filter(reader::mayRead).map(city -> detail(city, reader));
    }

    /** Counted from the data, never from a text: what the overview says. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public RelationCounts counts(Reader reader) {
        List<PartnerCity> visible =
                cities.findAll().stream().filter(reader::mayRead).toList();
        return new RelationCounts(
                count(visible, RelationType.PARTNERSHIP, RelationStatus.ACTIVE),
                // a suspended partnership is at rest too: counted with the dormant ones
                count(visible, RelationType.PARTNERSHIP, RelationStatus.DORMANT)
                        + count(visible, RelationType.PARTNERSHIP, RelationStatus.SUSPENDED),
                count(visible, RelationType.FRIENDSHIP, RelationStatus.ACTIVE));
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return cities.findBySlugIn(slugs).stream().collect(Collectors.toMap(PartnerCity::getSlug, PartnerCity::getId));
    }

    /** How many items there are, drafts and trash included: for loading the demo content. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public long count() {
        return cities.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewCity city) {
        PartnerCity created = new PartnerCity(city, languages.source().getLanguage(), city.contactIds());
        recordFirstStatus(created, null, city.statusNote());
        return cities.save(created).getId();
    }

    @Override
    protected CityEdit emptyForm() {
        return new CityEdit();
    }

    @Override
    protected void fill(CityEdit edit, PartnerCity city) {
        edit.setName(TextEdit.of(city.getName()));
        edit.setCountry(city.getCountry());
        edit.setRegion(TextEdit.of(city.getRegion()));
        edit.setRelation(city.getRelation());
        edit.setStatus(city.getStatus());
        edit.setSinceYear(city.getSince().year());
        edit.setSinceDate(city.getSince().date());
        edit.setSinceNote(TextEdit.of(city.getSinceNote()));
        edit.setLatitude(city.getLatitude());
        edit.setLongitude(city.getLongitude());
        edit.setDescription(TextEdit.of(city.getDescription()));
        edit.setFocusAreas(city.getFocusAreas().stream()
                .map(area -> new FocusAreaEdit(
                        TextEdit.of(area.getTitle()),
                        new TextEdit(
                                languages.all().stream()
                                        .map(Locale::getLanguage)
                                        .collect(Collectors.toMap(
                                                language -> language,
                                                language -> FocusAreaLines.join(area.getItems(), language))),
                                false)))
                .toList());
        edit.setContactIds(new LinkedHashSet<>(city.getContactIds()));
        if (CurrentUser.isEditor()) {
            fillRecord(edit, city);
        }
    }

    /** The office's record in the form: the council decision, the current status's note and start. */
    private static void fillRecord(CityEdit edit, PartnerCity city) {
        edit.setCouncilDecisionDate(city.getCouncilDecisionDate());
        edit.setCouncilDecisionReference(city.getCouncilDecisionReference());
        StatusChange latest = city.latestStatusChange();
        edit.setStatusNote(latest == null ? "" : latest.getNote());
        edit.setStatusFrom(latest == null ? null : latest.getValidFrom());
    }

    /**
     * A relation's translated fields by the translation key of their name; each focus area's title
     * and items by the key of their field with their place after a {@code #} (e.g.
     * {@code cities.field.focus-items#0.2}, the third item of the first area).
     */
    @Override
    protected Map<FieldKey, @Nullable TranslatedText> texts(PartnerCity city) {
        Map<FieldKey, @Nullable TranslatedText> texts = new LinkedHashMap<>();
        texts.put(CityEdit.NAME, city.getName());
        texts.put(CityEdit.REGION, city.getRegion());
        texts.put(CityEdit.SINCE_NOTE, city.getSinceNote());
        texts.put(CityEdit.DESCRIPTION, city.getDescription());
        List<FocusArea> areas = city.getFocusAreas();
        for (int area = 0; area < areas.size(); area++) {
            texts.put(CityEdit.FOCUS_TITLE.at(area), areas.get(area).getTitle());
            List<TranslatedText> items = areas.get(area).getItems();
            for (int item = 0; item < items.size(); item++) {
                texts.put(CityEdit.FOCUS_ITEMS.at(area, item), items.get(item));
            }
        }
        return texts;
    }

    @Override
    protected String title(PartnerCity city, Reader reader) {
        return reader.text(city.getName()).text();
    }

    @Override
    protected void check(CityEdit edit, String source) {
        EditChecks.required(edit.getName(), source, CityEdit.NAME, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.optional(edit.getRegion(), source, CityEdit.REGION, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.optional(edit.getSinceNote(), source, CityEdit.SINCE_NOTE, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.required(edit.getDescription(), source, CityEdit.DESCRIPTION, TranslatedText.MAX_LENGTH);
        if (edit.getCountry() == null || !Countries.isCode(edit.getCountry())) {
            throw new ContentEditException("cities.error.country");
        }
        if (edit.getRelation() == null || edit.getStatus() == null) {
            throw new ContentEditException("cities.error.relation");
        }
        if (edit.getLatitude() == null
                || edit.getLongitude() == null
                || Math.abs(edit.getLatitude()) > 90
                || Math.abs(edit.getLongitude()) > 180) {
            throw new ContentEditException("cities.error.coordinates");
        }
        edit.getFocusAreas().forEach(area -> checkFocusArea(area, source));
        if (edit.getSinceDate() == null
                && edit.getSinceYear() != null
                && (edit.getSinceYear() < 800 || edit.getSinceYear() > 2999)) {
            throw new ContentEditException("cities.error.since");
        }
        tooLong(edit.getStatusNote(), CityEdit.STATUS_NOTE, CityEdit.MAX_STATUS_NOTE_LENGTH);
        tooLong(edit.getCouncilDecisionReference(), CityEdit.COUNCIL_REFERENCE, CityEdit.MAX_REFERENCE_LENGTH);
    }

    private static void tooLong(@Nullable String text, FieldKey field, int maxLength) {
        if (text != null && text.strip().length() > maxLength) {
            throw ContentEditException.forField("edit.error.too-long", field, maxLength);
        }
    }

    /**
     * A relation set to dormant or suspended needs a note saying why: refused without one whenever the save
     * makes a new entry of the status history.
     */
    private static void requireNote(RelationStatus status, @Nullable String note) {
        if (status.needsNote() && (note == null || note.isBlank())) {
            throw ContentEditException.forField("cities.error.status-note", CityEdit.STATUS_NOTE);
        }
    }

    /** A new relation's first history entry, when it has a note (or its status needs one). */
    private void recordFirstStatus(PartnerCity city, @Nullable LocalDate validFrom, @Nullable String note) {
        requireNote(city.getStatus(), note);
        if (note != null && !note.isBlank() || validFrom != null) {
            city.recordStatus(validFrom, note, CurrentUser.username(), clock.instant());
        }
    }

    /** A focus area needs its title; every item line a German line, each at most one line long. */
    private static void checkFocusArea(FocusAreaEdit area, String source) {
        EditChecks.required(area.title(), source, CityEdit.FOCUS_TITLE, TranslatedText.MAX_LINE_LENGTH);
        List<String> german = FocusAreaLines.of(area.items().text(source));
        if (german.stream().anyMatch(String::isEmpty)) {
            throw ContentEditException.forField("cities.error.focus-blank-line", CityEdit.FOCUS_ITEMS);
        }
        area.items().texts().forEach((language, text) -> {
            List<String> lines = FocusAreaLines.of(text);
            if (lines.size() > german.size()) {
                throw ContentEditException.forField("cities.error.focus-lines", CityEdit.FOCUS_ITEMS);
            }
            if (lines.stream().anyMatch(line -> line.length() > TranslatedText.MAX_LINE_LENGTH)) {
                throw ContentEditException.forField(
                        "edit.error.too-long", CityEdit.FOCUS_ITEMS, TranslatedText.MAX_LINE_LENGTH);
            }
        });
    }

    @Override
    protected PartnerCity create(CityEdit edit, String source) {
        PartnerCity city = new PartnerCity(edit, source);
        recordFirstStatus(city, edit.getStatusFrom(), edit.getStatusNote());
        return city;
    }

    /**
     * Takes the form over; a change of the status (or of its note or start) appends an entry to the
     * status history. A translator's form has no office record: what is stored stays.
     */
    @Override
    protected void apply(PartnerCity city, CityEdit edit, String source) {
        if (!CurrentUser.isEditor()) {
            fillRecord(edit, city);
        }
        boolean statusChanged = city.statusDiffers(edit.getStatus(), edit.getStatusFrom(), edit.getStatusNote());
        if (statusChanged) {
            requireNote(edit.getStatus(), edit.getStatusNote());
        }
        city.apply(edit, source);
        if (statusChanged) {
            city.recordStatus(edit.getStatusFrom(), edit.getStatusNote(), CurrentUser.username(), clock.instant());
        }
    }

    @Transactional(readOnly = true)
    List<CitySummary> summaries(Collection<Long> ids, Reader reader) {
        return cities.findByIdIn(ids).stream()
                .filter(reader::mayRead)
                .map(city -> summary(city, reader))
                .toList();
    }

    private static long count(List<PartnerCity> cities, RelationType relation, RelationStatus status) {
        return cities.stream()
                .filter(c -> c.getRelation() == relation && c.getStatus() == status)
                .count();
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
                Distances.kilometres(home.latitude(), home.longitude(), city.getLatitude(), city.getLongitude()),
                Distances.bearing(home.latitude(), home.longitude(), city.getLatitude(), city.getLongitude()));
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
