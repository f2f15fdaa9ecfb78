package de.heidelberg.partnerportal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Markdown is rendered, and nothing in it can run script in a reader's browser. */
class SafeMarkdownTest {

    @Test
    void rendersParagraphsAndLists() {
        assertThat(SafeMarkdown.toHtml("Erster Absatz.\n\n- eins\n- zwei"))
                .contains("<p>Erster Absatz.</p>")
                .contains("<li>eins</li>");
    }

    @Test
    void neverLetsScriptThrough() {
        String html =
                SafeMarkdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(2)) <img src=x onerror=alert(3)>"
                        + "\n\n<a href=\"https://example.org\" onclick=\"alert(4)\">y</a>");
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, img, iframe, object")).isEmpty();
        assertThat(document.getAllElements()).allSatisfy(element -> {
            assertThat(element.attributes().asList())
                    .noneMatch(attribute -> attribute.getKey().startsWith("on"));
            assertThat(element.attr("href")).doesNotStartWith("javascript:");
        });
        assertThat(document.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void keepsLinksWithinThePortal() {
        assertThat(SafeMarkdown.toHtml("[Montpellier](/partner-cities/montpellier)"))
                .contains("href=\"/partner-cities/montpellier\"");
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(SafeMarkdown.toPlainText("**fett** und [Link](https://example.org)"))
                .isEqualTo("fett und Link");
    }
}
