package de.heidelberg.partnerportal.content;

import java.text.Normalizer;
import java.util.Locale;

/** Makes addresses ({@link EditChecks#isSlug slugs}) from titles, for items that people do not name themselves. */
public final class Slugs {

    /** Room for a number appended to tell equal titles apart. */
    private static final int NUMBER_ROOM = 10;

    private Slugs() {}

    /** "Besuch aus Jelenia Góra 2025-12-01" → "besuch-aus-jelenia-gora-2025-12-01"; "item" when nothing is left. */
    public static String of(String text) {
        String german = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String slug = plain(german).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > EditChecks.SLUG_LENGTH - NUMBER_ROOM) {
            slug = slug.substring(0, EditChecks.SLUG_LENGTH - NUMBER_ROOM).replaceAll("-+$", "");
        }
        return slug.isEmpty() || EditChecks.NEW.equals(slug) ? "item" : slug;
    }

    /**
     * The text in lower case without accents, letters that carry their own stroke included ("Łużniak" →
     * "luzniak"): for comparing names however they were typed.
     */
    public static String plain(String text) {
        String stroked = text.toLowerCase(Locale.ROOT)
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ø", "o");
        return Normalizer.normalize(stroked, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** The slug with a number, for the second and later items of the same title. */
    public static String withNumber(String slug, int number) {
        return slug + "-" + number;
    }
}
