package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditingService;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditingSupport;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Slugs;
import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits register for city staff: lists, a visit's page, the coming visits, the Golden Book and requests;
 * editing for editors (and translators who are city staff). Partner-city colleagues are refused every call.
 */
@Service
public class VisitService extends ContentEditingService<Visit, VisitEdit> {

    public static final ContentType TYPE = ContentType.VISIT;

    private final VisitRepository visits;
    private final ContentLinks links;
    private final I18n i18n;

    VisitService(VisitRepository visits, ContentLinks links, I18n i18n, EditingSupport support) {
        super(TYPE, visits, support);
        this.visits = visits;
        this.links = links;
        this.i18n = i18n;
    }

    /** The visits the filter selects, the latest first. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<VisitSummary> find(VisitFilter filter, Reader reader) {
        return summaries(
                visits.findAllByOrderByStartDateDesc().stream()
                        .filter(reader::mayRead)
                        .filter(filter::matches)
                        .toList(),
                reader);
    }

    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<VisitDetail> findBySlug(String slug, Reader reader) {
        return visits.findBySlug(slug).filter(reader::mayRead).map(visit -> detail(visit, reader));
    }

    /** The years in which the visits the reader may see began, the latest first: for the lists' year choices. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<Integer> years(Reader reader) {
        return visits.findAllByOrderByStartDateDesc().stream()
                .filter(reader::mayRead)
                .map(visit -> visit.getStartDate().getYear())
                .distinct()
                .toList();
    }

    /** Visits not yet over and neither done nor cancelled, the soonest first: for the start page. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<VisitSummary> coming(LocalDate today, int limit, Reader reader) {
        return summaries(
                visits.findByEndDateGreaterThanEqualAndStateInOrderByStartDateAsc(today, VisitState.open()).stream()
                        .filter(reader::mayRead)
                        .limit(limit)
                        .toList(),
                reader);
    }

    /** Every visit that overlaps the period, with its people and programme, the earliest first: for reports and calendars. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<VisitDetail> inPeriod(LocalDate from, LocalDate until, Reader reader) {
        List<Visit> found = visits.findAllByOrderByStartDateDesc().stream()
                .filter(reader::mayRead)
                .filter(visit -> !visit.getStartDate().isAfter(until)
                        && !visit.getEndDate().isBefore(from))
                .sorted(Comparator.comparing(Visit::getStartDate))
                .toList();
        Map<Long, VisitSummary> summaries =
                summaries(found, reader).stream().collect(Collectors.toMap(VisitSummary::id, Function.identity()));
        return found.stream()
                .map(visit -> detail(visit, summaries.get(visit.getId()), reader))
                .toList();
    }

    /** The entries in the city's Golden Book, the latest first. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<GoldenBookEntry> goldenBook(Reader reader) {
        List<Visit> signed = visits.findAllByOrderByStartDateDesc().stream()
                .filter(reader::mayRead)
                .filter(visit -> visit.getGoldenBookDate() != null)
                .sorted(Comparator.comparing(Visit::getGoldenBookDate).reversed())
                .toList();
        List<VisitSummary> summaries = summaries(signed, reader);
        List<GoldenBookEntry> entries = new ArrayList<>();
        for (int index = 0; index < signed.size(); index++) {
            Visit visit = signed.get(index);
            entries.add(new GoldenBookEntry(
                    visit.getGoldenBookDate(),
                    Objects.requireNonNullElse(visit.getGoldenBookSigners(), ""),
                    summaries.get(index)));
        }
        return entries;
    }

    /**
     * Records a visit request from city staff as a requested visit (the protocol's wishes in its internal note),
     * for the office to plan; returns its slug.
     */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional
    public String request(VisitRequest request) {
        String source = languages.source().getLanguage();
        VisitEdit edit = new VisitEdit();
        edit.setTitle(new TextEdit(Map.of(source, request.title()), false));
        edit.setPurpose(new TextEdit(Map.of(source, request.purpose()), false));
        edit.setKind(request.kind());
        edit.setDirection(request.direction());
        edit.setState(VisitState.REQUESTED);
        edit.setStartDate(request.startDate());
        edit.setEndDate(request.endDate());
        edit.setCityId(request.cityId());
        edit.setNetworkId(request.networkId());
        edit.setPlace(request.place());
        edit.setParticipantCount(request.participantCount());
        edit.setPeople(request.people());
        edit.setRequestedBy(request.requestedBy());
        edit.setDeadline(request.answerBy());
        edit.setPublished(true);
        edit.setInternalNote(
                new TextEdit(Map.of(source, VisitRequests.wishes(request, languages.source(), i18n)), false));
        edit.setSlug(uniqueSlug(Slugs.of(request.title() + " " + request.startDate())));
        return saveProposal(edit);
    }

    /** How many visits there are, drafts and trash included: for loading the demo content. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public long count() {
        return visits.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewVisit visit) {
        VisitEdit edit = new VisitEdit();
        edit.setSlug(visit.slug());
        edit.setTitle(new TextEdit(visit.title(), false));
        edit.setPurpose(visit.purpose() == null ? TextEdit.EMPTY : new TextEdit(visit.purpose(), false));
        edit.setKind(visit.kind());
        edit.setDirection(visit.direction());
        edit.setState(visit.state());
        edit.setStartDate(visit.startDate());
        edit.setEndDate(visit.endDate());
        edit.setPlace(visit.place());
        edit.setCityId(visit.cityId());
        edit.setNetworkId(visit.networkId());
        edit.setPeople(visit.people());
        edit.setGoldenBookDate(visit.goldenBookDate());
        edit.setGoldenBookSigners(visit.goldenBookSigners());
        edit.setNewsIds(visit.newsIds());
        edit.setPublished(true);
        return visits.save(new Visit(edit, languages.source().getLanguage())).getId();
    }

    /** The office's own record is seen by city staff as soon as it is saved: no draft by default. */
    @Override
    protected VisitEdit emptyForm() {
        VisitEdit form = new VisitEdit();
        form.setPublished(true);
        return form;
    }

    @Override
    protected void fill(VisitEdit edit, Visit visit) {
        edit.setTitle(TextEdit.of(visit.getTitle()));
        edit.setPurpose(TextEdit.of(visit.getPurpose()));
        edit.setKind(visit.getKind());
        edit.setDirection(visit.getDirection());
        edit.setState(visit.getState());
        edit.setStartDate(visit.getStartDate());
        edit.setEndDate(visit.getEndDate());
        edit.setPlace(visit.getPlace());
        edit.setCityId(visit.getCityId());
        edit.setNetworkId(visit.getNetworkId());
        edit.setParticipantCount(visit.getParticipantCount());
        edit.setInterpreter(visit.getInterpreter());
        edit.setPress(visit.getPress());
        edit.setGoldenBookDate(visit.getGoldenBookDate());
        edit.setGoldenBookSigners(visit.getGoldenBookSigners());
        edit.setRequestedBy(visit.getRequestedBy());
        edit.setDeadline(visit.getDeadline());
        edit.setPeople(visit.getPeople());
        edit.setProgramme(visit.getProgramme());
        edit.setNewsIds(visit.getNewsIds());
    }

    @Override
    protected Map<FieldKey, @Nullable TranslatedText> texts(Visit visit) {
        Map<FieldKey, @Nullable TranslatedText> texts = new LinkedHashMap<>();
        texts.put(VisitEdit.TITLE, visit.getTitle());
        texts.put(VisitEdit.PURPOSE, visit.getPurpose());
        return texts;
    }

    @Override
    protected String title(Visit visit, Reader reader) {
        return reader.text(visit.getTitle()).text();
    }

    @Override
    protected void check(VisitEdit edit, String source) {
        VisitChecks.check(edit, source);
    }

    @Override
    protected Visit create(VisitEdit edit, String source) {
        return new Visit(edit, source);
    }

    @Override
    protected void apply(Visit visit, VisitEdit edit, String source) {
        visit.apply(edit, source);
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int number = 2; visits.findBySlug(slug).isPresent(); number++) {
            slug = Slugs.withNumber(base, number);
        }
        return slug;
    }

    private List<VisitSummary> summaries(List<Visit> found, Reader reader) {
        Map<Long, ContentLink> cities = links.byId(
                ContentType.PARTNER_CITY, found.stream().map(Visit::getCityId).toList(), reader);
        Map<Long, ContentLink> networks = links.byId(
                ContentType.NETWORK, found.stream().map(Visit::getNetworkId).toList(), reader);
        return found.stream()
                .map(visit -> summary(visit, cities, networks, reader))
                .toList();
    }

    private static VisitSummary summary(
            Visit visit, Map<Long, ContentLink> cities, Map<Long, ContentLink> networks, Reader reader) {
        int named = visit.getPeople().size();
        int group = visit.getParticipantCount() == null ? 0 : visit.getParticipantCount();
        return new VisitSummary(
                visit.getId(),
                visit.getSlug(),
                reader.text(visit.getTitle()),
                visit.getKind(),
                visit.getDirection(),
                visit.getState(),
                visit.getStartDate(),
                visit.getEndDate(),
                visit.getPlace(),
                visit.getCityId() == null ? null : cities.get(visit.getCityId()),
                visit.getNetworkId() == null ? null : networks.get(visit.getNetworkId()),
                Math.max(named, group),
                visit.getGoldenBookDate(),
                visit.getDeadline());
    }

    private VisitDetail detail(Visit visit, Reader reader) {
        return detail(visit, summaries(List.of(visit), reader).getFirst(), reader);
    }

    private VisitDetail detail(Visit visit, VisitSummary summary, Reader reader) {
        List<VisitPersonEdit> people = visit.getPeople();
        Map<Long, ContentLink> contacts = links.byId(
                ContentType.CONTACT,
                people.stream().map(VisitPersonEdit::contactId).toList(),
                reader);
        return new VisitDetail(
                summary,
                reader.text(visit.getPurpose()),
                people.stream()
                        .map(person -> new VisitPersonView(
                                Objects.requireNonNullElse(person.name(), ""),
                                person.function(),
                                person.city(),
                                person.country(),
                                person.contactId() == null ? null : contacts.get(person.contactId())))
                        .toList(),
                visit.getProgramme(),
                visit.getInterpreter(),
                visit.getPress(),
                visit.getGoldenBookSigners(),
                visit.getRequestedBy(),
                links.links(ContentType.NEWS, sorted(visit.getNewsIds()), reader),
                reader.internal(visit.getInternalNote()));
    }

    private static List<Long> sorted(Collection<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
