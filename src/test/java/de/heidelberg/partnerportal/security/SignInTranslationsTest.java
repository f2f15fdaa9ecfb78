package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translation keys the code builds from names (which the completeness test cannot find in the code): every
 * security action, its details' sentence with one parameter per detail, every kind of lock.
 */
class SignInTranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en", "fr"})
    void everyActionAndKindHasItsTexts(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("translations", "messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        List<String> keys = new ArrayList<>();
        for (SecurityAction action : SecurityAction.values()) {
            keys.add(action.labelKey());
            keys.add(action.detailKey());
            for (int i = 0; i < action.details().size(); i++) {
                assertThat(texts.getProperty(action.detailKey(), ""))
                        .as("%s in %s", action.detailKey(), language)
                        .contains("{" + i + "}");
            }
        }
        for (SignInLockKind kind : SignInLockKind.values()) {
            keys.add(kind.labelKey());
            keys.add("sign-in.locks.unlock.text." + kind.name());
        }
        for (String unit : List.of("second", "minute", "hour")) {
            keys.add("sign-in.duration." + unit);
            keys.add("sign-in.duration." + unit + "s");
        }
        assertThat(keys)
                .allSatisfy(key -> assertThat(texts.getProperty(key))
                        .as("%s in %s", key, language)
                        .isNotBlank());
    }
}
