package de.heidelberg.partnerportal.api;

import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.search.ContentTypeNames;
import de.heidelberg.partnerportal.search.InvalidSearchException;
import de.heidelberg.partnerportal.search.SearchInsight;
import de.heidelberg.partnerportal.search.SearchResult;
import de.heidelberg.partnerportal.search.SearchService;
import de.heidelberg.partnerportal.web.ErrorAnswer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search for intranet integrations: {@code GET /api/search?q=TEXT&lang=de|en|fr&limit=N&type=T}.
 * Bad input answers 400 with a JSON error, never 500.
 */
@RestController
class SearchApiController {

    static final int DEFAULT_LIMIT = 20;

    private final SearchService search;
    private final SearchInsight insight;
    private final Readers readers;
    private final SupportedLanguages languages;

    SearchApiController(SearchService search, SearchInsight insight, Readers readers, SupportedLanguages languages) {
        this.search = search;
        this.insight = insight;
        this.readers = readers;
        this.languages = languages;
    }

    @GetMapping("/api/search")
    SearchResult search(
            @RequestParam(name = "q", required = false) @Nullable String query,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            @RequestParam(name = "limit", required = false) @Nullable String limit,
            @RequestParam(name = "type", required = false) @Nullable String type) {
        Locale locale = lang == null
                ? languages.source()
                : languages.find(lang).orElseThrow(() -> new InvalidSearchException("search.error.language"));
        Optional<ContentType> contentType = type == null || type.isBlank()
                ? Optional.empty()
                : Optional.of(ContentTypeNames.typeOf(type)
                        .orElseThrow(() -> new InvalidSearchException("search.error.type")));
        SearchResult result = search.search(query, readers.current(locale), parseLimit(limit), contentType);
        insight.record(result.query(), result.total());
        return result;
    }

    private static int parseLimit(@Nullable String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value < 1 || value > SearchService.MAX_LIMIT) {
                throw new InvalidSearchException("search.error.limit");
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw new InvalidSearchException("search.error.limit");
        }
    }

    /** Through the portal's error answer: JSON whatever the caller accepts (and for HEAD). */
    @ExceptionHandler(InvalidSearchException.class)
    void badRequest(InvalidSearchException invalid, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        new ErrorAnswer(invalid.getMessage(), invalid.getMessage(), SearchService.messageParameters())
                .send(request, response, HttpServletResponse.SC_BAD_REQUEST);
    }
}
