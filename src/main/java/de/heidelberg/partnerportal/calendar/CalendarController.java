package de.heidelberg.partnerportal.calendar;

import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar feed on the API's chain: {@code /feeds/calendar.ics?lang=de|en|fr}, for city staff (an API token of
 * the role STAFF or ADMIN, HTTP Basic or the browser's session). Outlook subscribes to an address and cannot send
 * headers, so this one address also takes the token as {@code &token=} (see the security package's ApiTokenFilter).
 */
@RestController
class CalendarController {

    static final MediaType ICALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarService calendars;
    private final Readers readers;
    private final SupportedLanguages languages;

    CalendarController(CalendarService calendars, Readers readers, SupportedLanguages languages) {
        this.calendars = calendars;
        this.readers = readers;
        this.languages = languages;
    }

    @GetMapping(CalendarService.PATH)
    ResponseEntity<String> calendar(@RequestParam(name = "lang", required = false) @Nullable String lang) {
        Locale locale = languages.find(lang).orElse(languages.source());
        return ResponseEntity.ok()
                .contentType(ICALENDAR)
                // the address may carry a token: no cache between here and the subscriber keeps a copy
                .cacheControl(CacheControl.noStore())
                .body(calendars.calendar(readers.current(locale)));
    }
}
