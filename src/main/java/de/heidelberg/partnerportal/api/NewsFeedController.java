package de.heidelberg.partnerportal.api;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.news.NewsFilter;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.news.NewsSummary;
import java.util.Date;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The news as an RSS 2.0 feed per language: {@code /feeds/news.xml?lang=de|en|fr}. */
@RestController
class NewsFeedController {

    static final int ITEMS = 50;
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final NewsService news;
    private final Readers readers;
    private final SupportedLanguages languages;
    private final I18n i18n;

    NewsFeedController(NewsService news, Readers readers, SupportedLanguages languages, I18n i18n) {
        this.news = news;
        this.readers = readers;
        this.languages = languages;
        this.i18n = i18n;
    }

    @GetMapping("/feeds/news.xml")
    ResponseEntity<String> feed(@RequestParam(name = "lang", required = false) @Nullable String lang)
            throws FeedException {
        Locale locale = languages.find(lang).orElse(languages.source());
        // feed readers keep what they fetch: never drafts, not even for editors
        Reader reader = readers.current(locale).publishedOnly();
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(i18n.text("feed.title", locale));
        feed.setDescription(i18n.text("feed.description", locale));
        feed.setLink(base + ContentType.NEWS.path() + "?lang=" + locale.getLanguage());
        feed.setLanguage(locale.getLanguage());
        feed.setEntries(news.latest(NewsFilter.ALL, reader, ITEMS).stream()
                .map(item -> entry(item, base, locale))
                .toList());
        return ResponseEntity.ok().contentType(RSS).body(new SyndFeedOutput().outputString(feed));
    }

    private static SyndEntry entry(NewsSummary item, String base, Locale locale) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(item.title().text());
        String link = base + ContentType.NEWS.path() + "/" + item.slug() + "?lang=" + locale.getLanguage();
        entry.setLink(link);
        entry.setUri(link);
        if (item.date() != null) {
            entry.setPublishedDate(
                    Date.from(item.date().atStartOfDay(LocalizedFormats.ZONE).toInstant()));
        }
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(item.teaser().text());
        entry.setDescription(description);
        return entry;
    }
}
