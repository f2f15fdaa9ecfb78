package de.heidelberg.partnerportal.calendar;

import de.heidelberg.partnerportal.anniversary.AnniversaryService;
import de.heidelberg.partnerportal.anniversary.Jubilee;
import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.visit.VisitDetail;
import de.heidelberg.partnerportal.visit.VisitPersonView;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitState;
import de.heidelberg.partnerportal.visit.VisitSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's calendar in one language (iCalendar, RFC 5545), from last year's first day to next year's last: every
 * visit as an all-day event over its days (title, place, purpose and people, the address of its page, its state as
 * TENTATIVE, CONFIRMED or CANCELLED), each visit's deadline as an event of its own, and the partnerships' round
 * jubilees. Each event keeps its UID across fetches ({@code visit-12@host}), so a calendar program updates it instead
 * of adding it again. Internal notes stay out: a subscribed calendar is copied into other programs.
 */
@Service
public class CalendarService {

    /** The feed's address; {@code ?lang=de|en|fr}, and for programs that cannot send headers {@code &token=}. */
    public static final String PATH = "/feeds/calendar.ics";

    private final VisitService visits;
    private final AnniversaryService anniversaries;
    private final I18n i18n;
    private final Clock clock;
    private final String publicUrl;
    private final String host;

    CalendarService(
            VisitService visits,
            AnniversaryService anniversaries,
            I18n i18n,
            Clock clock,
            @Value("${portal.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
        this.visits = visits;
        this.anniversaries = anniversaries;
        this.i18n = i18n;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        String configuredHost = URI.create(this.publicUrl).getHost();
        this.host = configuredHost == null ? "localhost" : configuredHost;
    }

    /** The calendar as iCalendar text, in the reader's language. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public String calendar(Reader reader) {
        Reader kept = reader.publishedOnly();
        Locale locale = kept.locale();
        LocalDate today = LocalDate.now(clock.withZone(LocalizedFormats.ZONE));
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate until = LocalDate.of(today.getYear() + 1, 12, 31);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(
                "-//Stadt Heidelberg//Partnerportal//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", i18n.text("calendar.name", locale)));
        // how often subscribers should fetch again (Outlook, Apple Calendar)
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        List<VEvent> events = new ArrayList<>();
        for (VisitDetail visit : visits.inPeriod(from, until, kept)) {
            events.add(visit(visit, locale));
            VisitSummary summary = visit.summary();
            if (summary.deadline() != null && summary.state() != VisitState.CANCELLED) {
                events.add(deadline(summary, locale));
            }
        }
        int months = (int) ChronoUnit.MONTHS.between(from, until.plusDays(1));
        for (Jubilee jubilee : anniversaries.upcoming(kept, from, months)) {
            events.add(jubilee(jubilee, locale));
        }
        events.forEach(calendar::add);
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    /** The address to subscribe to in a language, ending with {@code token=} for the subscriber's API token. */
    @PreAuthorize(ContentAccess.STAFF)
    public String subscriptionAddress(Locale locale) {
        return publicUrl + PATH + "?lang=" + locale.getLanguage() + "&token=";
    }

    private VEvent visit(VisitDetail visit, Locale locale) {
        VisitSummary summary = visit.summary();
        VEvent event = new VEvent(
                summary.startDate(),
                summary.endDate().plusDays(1),
                summary.title().text());
        event.add(new Uid("visit-" + summary.id() + "@" + host));
        if (summary.place() != null && !summary.place().isBlank()) {
            event.add(new Location(summary.place()));
        }
        String description = description(visit, locale);
        if (!description.isBlank()) {
            event.add(new Description(description));
        }
        event.add(new Url(URI.create(pageAddress(summary.url(), locale))));
        event.add(status(summary.state()));
        return event;
    }

    private VEvent deadline(VisitSummary summary, Locale locale) {
        LocalDate day = summary.deadline();
        VEvent event = new VEvent(
                day,
                day.plusDays(1),
                i18n.text("calendar.deadline", locale, summary.title().text()));
        event.add(new Uid("visit-" + summary.id() + "-deadline@" + host));
        event.add(new Url(URI.create(pageAddress(summary.url(), locale))));
        return event;
    }

    /** A jubilee known only by its year is shown on the 1st of January of that year, and says so. */
    private VEvent jubilee(Jubilee jubilee, Locale locale) {
        LocalDate day = jubilee.exactDay() ? jubilee.date() : LocalDate.of(jubilee.year(), 1, 1);
        String key = "calendar.jubilee." + jubilee.relation().name();
        VEvent event = new VEvent(
                day,
                day.plusDays(1),
                i18n.text(key, locale, jubilee.years(), jubilee.cityName().text()));
        event.add(new Uid("jubilee-" + jubilee.slug() + "-" + jubilee.year() + "@" + host));
        event.add(new Description(i18n.text(
                jubilee.exactDay() ? "calendar.jubilee.since" : "calendar.jubilee.since-year",
                locale,
                jubilee.exactDay()
                        ? LocalizedFormats.date(
                                day.minusYears(jubilee.years()), i18n.text("format.date", locale), locale)
                        : String.valueOf(jubilee.year() - jubilee.years()))));
        event.add(new Url(URI.create(pageAddress(jubilee.cityPath(), locale))));
        return event;
    }

    private String description(VisitDetail visit, Locale locale) {
        StringBuilder text = new StringBuilder(visit.purpose().text().strip());
        if (!visit.people().isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(i18n.text("calendar.people", locale));
            for (VisitPersonView person : visit.people()) {
                text.append("\n- ").append(person.name());
                if (person.function() != null && !person.function().isBlank()) {
                    text.append(", ").append(person.function());
                }
                if (person.city() != null && !person.city().isBlank()) {
                    text.append(" (").append(person.city()).append(')');
                }
            }
        }
        return text.toString();
    }

    private String pageAddress(String path, Locale locale) {
        return publicUrl + path + "?lang=" + locale.getLanguage();
    }

    static Status status(VisitState state) {
        return switch (state) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case REQUESTED, PLANNED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED, DONE -> ImmutableStatus.VEVENT_CONFIRMED;
        };
    }
}
