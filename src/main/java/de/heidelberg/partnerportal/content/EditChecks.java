package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks every content service makes before it saves an editor's change, with the same limits
 * as the database. Each failure names the field by its translation key, so the editor reads which
 * field and why, in their language.
 */
public final class EditChecks {

    public static final int SLUG_LENGTH = 150;
    /** Reserved for the address of a new item, {@code /edit/news/new}. */
    public static final String NEW = "new";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private EditChecks() {}

    /** A typed line without its surrounding blanks; null when nothing is left (an optional field left empty). */
    public static @Nullable String tidy(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether this is a usable slug: lower-case letters, digits and single hyphens, at most 150 characters. */
    public static boolean isSlug(@Nullable String slug) {
        return slug != null
                && slug.length() <= SLUG_LENGTH
                && SLUG.matcher(slug).matches()
                && !NEW.equals(slug);
    }

    /** The slug, tidied; refused when it is not usable. */
    public static String slug(@Nullable String slug) {
        String cleaned = slug == null ? "" : slug.strip();
        if (!isSlug(cleaned)) {
            throw new ContentEditException("edit.error.slug");
        }
        return cleaned;
    }

    /** What every form has: the internal note, a publishing period that ends after it starts. */
    public static void common(ContentForm form, String sourceLanguage) {
        optional(form.getInternalNote(), sourceLanguage, ContentForm.INTERNAL_NOTE, TranslatedText.MAX_LENGTH);
        if (form.getPublishFrom() != null
                && form.getPublishUntil() != null
                && !form.getPublishUntil().isAfter(form.getPublishFrom())) {
            throw new ContentEditException("edit.error.schedule");
        }
    }

    /** A field that must have its source text. */
    public static void required(@Nullable TextEdit edit, String sourceLanguage, FieldKey fieldKey, int maxLength) {
        if (edit == null || edit.text(sourceLanguage).isBlank()) {
            throw ContentEditException.forField("edit.error.required", fieldKey);
        }
        optional(edit, sourceLanguage, fieldKey, maxLength);
    }

    /** A field that may be empty; but a translation needs its source text. */
    public static void optional(@Nullable TextEdit edit, String sourceLanguage, FieldKey fieldKey, int maxLength) {
        if (edit == null) {
            return;
        }
        if (edit.text(sourceLanguage).isBlank() && !edit.isBlank()) {
            throw ContentEditException.forField("edit.error.source-missing", fieldKey);
        }
        if (edit.texts().values().stream().anyMatch(text -> text.strip().length() > maxLength)) {
            throw ContentEditException.forField("edit.error.too-long", fieldKey, maxLength);
        }
    }
}
