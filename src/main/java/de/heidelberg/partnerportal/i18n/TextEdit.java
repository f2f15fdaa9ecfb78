package de.heidelberg.partnerportal.i18n;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an editor typed into a translated field: a text per language, whether a change of the source
 * text is minor (a typo fixed), so that its translations stay valid, and the translations to keep as
 * outdated although they are set now (an earlier version taken back, whose translation was outdated
 * then already).
 */
public record TextEdit(Map<String, String> texts, boolean minorChange, Set<String> outdated) {

    public static final TextEdit EMPTY = new TextEdit(Map.of(), false);

    public TextEdit {
        texts = Map.copyOf(withoutNulls(texts));
        outdated = outdated == null ? Set.of() : Set.copyOf(outdated);
    }

    /** Typed texts, every translation up to date once saved. */
    public TextEdit(Map<String, String> texts, boolean minorChange) {
        this(texts, minorChange, Set.of());
    }

    /** The stored texts of a field, for an editor to start from; empty for a field without text. */
    public static TextEdit of(@Nullable TranslatedText text) {
        return text == null ? EMPTY : new TextEdit(text.texts(), false);
    }

    public String text(String language) {
        return texts.getOrDefault(language, "");
    }

    /** Whether both have the same texts as they would be stored (trimmed; blank means none). */
    public boolean sameTexts(TextEdit other) {
        return stored().equals(other.stored());
    }

    private Map<String, String> stored() {
        Map<String, String> stored = new HashMap<>();
        texts.forEach((language, text) -> {
            if (!text.isBlank()) {
                stored.put(language, text.strip());
            }
        });
        return stored;
    }

    public boolean isBlank() {
        return texts.values().stream().allMatch(String::isBlank);
    }

    private static Map<String, String> withoutNulls(Map<String, String> texts) {
        Map<String, String> clean = new HashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (text != null) {
                    clean.put(language, text);
                }
            });
        }
        return clean;
    }
}
