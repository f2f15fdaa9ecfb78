package de.heidelberg.partnerportal.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The portal's UI strings as the translation files give them, for checks made from outside the portal. */
final class UiTexts {

    private static final Map<String, UiTexts> LANGUAGES = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Properties texts = new Properties();

    private UiTexts(String language) {
        locale = Locale.forLanguageTag(language);
        Path file = Path.of("translations", "messages_" + language + ".properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("No UI strings at " + file.toAbsolutePath(), unreadable);
        }
    }

    static UiTexts of(String language) {
        return LANGUAGES.computeIfAbsent(language, UiTexts::new);
    }

    String get(String key, Object... arguments) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No UI string " + key + " in " + locale);
        }
        return arguments.length == 0 ? text : new MessageFormat(text.replace("'", "''"), locale).format(arguments);
    }
}
