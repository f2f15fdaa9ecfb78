package de.heidelberg.partnerportal.i18n;

import de.heidelberg.partnerportal.PortalProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The languages the portal speaks, from {@code portal.languages}. The first one is the source
 * language of all content and the fallback for everything else.
 */
@Component
public class SupportedLanguages {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}");

    private final List<Locale> locales;

    public SupportedLanguages(PortalProperties properties) {
        this.locales = properties.languages().stream()
                .map(String::trim)
                .map(tag -> Locale.forLanguageTag(tag.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
    }

    public List<Locale> all() {
        return locales;
    }

    /** The source language of content, German for Heidelberg. */
    public Locale source() {
        return locales.getFirst();
    }

    /**
     * For editors: each named field's state in every language (missing, outdated, up to date);
     * fields without any text are left out.
     */
    public Map<String, Map<String, TranslationState>> states(Map<String, @Nullable TranslatedText> fields) {
        List<String> tags = locales.stream().map(Locale::getLanguage).toList();
        Map<String, Map<String, TranslationState>> states = new HashMap<>();
        fields.forEach((name, text) -> {
            if (text != null) {
                states.put(name, text.states(tags, source().getLanguage()));
            }
        });
        return states;
    }

    /** A language's name in another language, capitalised as a label ("Französisch", "Allemand"). */
    public static String displayName(String tag, Locale in) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(in);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    /** The supported language with this tag ("fr", "FR", " fr "), if any. */
    public Optional<Locale> find(@Nullable String tag) {
        if (tag == null || !LANGUAGE_TAG.matcher(tag.trim()).matches()) {
            return Optional.empty();
        }
        String language = tag.trim().toLowerCase(Locale.ROOT);
        return locales.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /**
     * The language of an answer to a program (the API, the backup's script addresses): {@code ?lang=}, else the
     * {@code Accept-Language} header, else English, which an operator reads.
     */
    public Locale forPrograms(@Nullable String lang, @Nullable String acceptLanguage) {
        return find(lang)
                .or(() -> acceptLanguage == null || acceptLanguage.isBlank()
                        ? Optional.empty()
                        : Optional.of(bestMatch(acceptLanguage)))
                .orElseGet(() -> find(Locale.ENGLISH.getLanguage()).orElse(source()));
    }

    /** The supported language that best fits a browser's Accept-Language header, else the source. */
    public Locale bestMatch(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return source();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String language = range.getRange().split("-")[0];
                Optional<Locale> match = find(language);
                if (match.isPresent()) {
                    return match.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header is treated as if there were none
        }
        return source();
    }
}
