package de.heidelberg.partnerportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every UI string exists, non-empty, in every language, and every key the code uses exists. */
class TranslationCompletenessTest {

    private static final Path TRANSLATIONS = Path.of("translations");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Literal keys in the code: getTranslation("key" and title = "key" of @Menu. */
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation\\(\\s*(?:[\\w.]+,\\s*)?|title\\s*=\\s*)\"([a-z][\\w.-]*)\"\\s*[,)]");

    private static Map<String, Properties> byLanguage;

    @BeforeAll
    static void load() throws IOException {
        byLanguage = new TreeMap<>();
        try (Stream<Path> files = Files.list(TRANSLATIONS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                String name = file.getFileName().toString();
                byLanguage.put(name.substring("messages_".length(), name.indexOf('.')), properties);
            }
        }
    }

    @Test
    void theThreeLanguagesArePresent() {
        assertThat(byLanguage).containsKeys("de", "en", "fr");
    }

    @Test
    void everyKeyExistsInEveryLanguage() {
        Set<String> allKeys = new TreeSet<>();
        byLanguage.values().forEach(p -> allKeys.addAll(p.stringPropertyNames()));
        byLanguage.forEach((language, properties) -> assertThat(properties.stringPropertyNames())
                .as("keys in messages_%s.properties", language)
                .containsAll(allKeys));
    }

    @Test
    void noValueIsEmpty() {
        byLanguage.forEach((language, properties) -> properties
                .stringPropertyNames()
                .forEach(key -> assertThat(properties.getProperty(key))
                        .as("%s in messages_%s.properties", key, language)
                        .isNotBlank()));
    }

    @Test
    void placeholdersAgreeAcrossLanguages() {
        Properties source = byLanguage.get("de");
        for (String key : source.stringPropertyNames()) {
            Set<String> expected = placeholders(source.getProperty(key));
            byLanguage.forEach((language, properties) -> assertThat(placeholders(properties.getProperty(key, "")))
                    .as("placeholders of %s in %s", key, language)
                    .isEqualTo(expected));
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(50);
        assertThat(byLanguage.get("de").stringPropertyNames()).containsAll(used);
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
