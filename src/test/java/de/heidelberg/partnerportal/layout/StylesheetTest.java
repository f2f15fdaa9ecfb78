package de.heidelberg.partnerportal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The portal's stylesheet parses as written: every rule is closed before the next begins. (A lost "}" at the end of
 * one rule made the browser swallow every rule after it; the header's layout and the hidden skip link went with them,
 * while every test that looks for elements still passed.)
 */
class StylesheetTest {

    @Test
    void everyRuleIsClosedBeforeTheNextBegins() throws IOException {
        // comments out, their line breaks kept for the line numbers
        String css = Pattern.compile("(?s)/\\*.*?\\*/")
                .matcher(Files.readString(Path.of("frontend", "styles", "portal.css")))
                .replaceAll(comment -> comment.group().replaceAll("[^\\n]", ""));
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                // nested rules only inside at-rules (@media, @supports), never two levels of plain rules
                assertThat(depth)
                        .as("a rule opened inside another rule near line %d", line)
                        .isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth)
                        .as("a '}' without its rule near line %d", line)
                        .isNotNegative();
            }
        }
        assertThat(depth).as("rules left open at the end").isZero();
    }
}
