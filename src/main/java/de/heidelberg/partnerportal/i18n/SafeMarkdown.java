package de.heidelberg.partnerportal.i18n;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Markdown to HTML that is safe to show: raw HTML in the source is escaped, link targets are
 * sanitised, and the result passes an allow-list, so no script ever reaches a reader.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED =
            Safelist.basic().addTags("h2", "h3", "h4").preserveRelativeLinks(true);
    /** Only to resolve relative links while cleaning; they stay relative in the output. */
    private static final String BASE = "https://portal.invalid/";

    private SafeMarkdown() {}

    public static String toHtml(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, BASE, ALLOWED);
    }

    /** The text without any markup, e.g. for feeds' plain descriptions and search snippets. */
    public static String toPlainText(String markdown) {
        return Jsoup.parse(toHtml(markdown)).text();
    }
}
