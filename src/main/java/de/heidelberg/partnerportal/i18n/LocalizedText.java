package de.heidelberg.partnerportal.i18n;

/**
 * A content text as one reader gets it.
 *
 * @param text the text (Markdown for long texts)
 * @param language the language the text is in: the reader's, or the source language as a fallback
 * @param fallback true when the reader's language has no translation and the source text stands in
 * @param outdated true when the translation was made from an older source text
 */
public record LocalizedText(String text, String language, boolean fallback, boolean outdated) {

    public static final LocalizedText EMPTY = new LocalizedText("", "", false, false);

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }
}
