package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one source of UI strings: {@code translations/messages_<language>.properties} (UTF-8), one
 * file per supported language. Placeholders are {@code {0}}, {@code {1}}, …; an apostrophe is just
 * an apostrophe (no MessageFormat quoting rules).
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    static final String RESOURCE_PATTERN = "translations/messages_%s.properties";
    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    private final SupportedLanguages languages;
    private final Map<String, Map<String, String>> messagesByLanguage = new HashMap<>();

    public PortalI18NProvider(SupportedLanguages languages) {
        this.languages = languages;
        for (Locale locale : languages.all()) {
            messagesByLanguage.put(locale.getLanguage(), load(locale.getLanguage()));
        }
    }

    static Map<String, String> load(String language) {
        String resource = RESOURCE_PATTERN.formatted(language);
        try (InputStream in = PortalI18NProvider.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No UI translations for language '" + language + "': add " + resource
                        + " (see portal.languages)");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> messages = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
            return Map.copyOf(messages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return languages.all();
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, @Nullable Object... params) {
        String pattern = lookup(key, locale);
        if (pattern == null) {
            log.warn("Missing UI translation '{}'", key);
            return "!" + key;
        }
        return LocalizedFormats.fill(pattern, locale, params);
    }

    private @Nullable String lookup(String key, @Nullable Locale locale) {
        Locale effective = locale == null ? languages.source() : locale;
        Map<String, String> messages = messagesByLanguage.get(effective.getLanguage());
        String value = messages == null ? null : messages.get(key);
        if (value == null || value.isBlank()) {
            value = messagesByLanguage.get(languages.source().getLanguage()).get(key);
        }
        return value;
    }
}
