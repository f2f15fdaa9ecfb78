package de.heidelberg.partnerportal.i18n;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One translatable field of any content item (a city's description, a news title, …): its text per
 * language. The source language's text has a revision number that grows with every real change; each
 * translation remembers the revision it was made from, so a change of the source marks exactly the
 * translations of this field as outdated. Languages are rows, not columns: a new language needs no
 * schema change.
 */
@Entity
@Table(name = "translated_text")
public class TranslatedText {

    /** The longest text one language of a field may have (the database column's length). */
    public static final int MAX_LENGTH = TextValue.MAX_LENGTH;
    /** The longest one-line text (names, titles) editors may enter. */
    public static final int MAX_LINE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "source_revision", nullable = false)
    private int sourceRevision = 1;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "translated_text_value", joinColumns = @JoinColumn(name = "text_id"))
    @MapKeyColumn(name = "language", length = 10)
    private Map<String, TextValue> values = new HashMap<>();

    @Version
    private long version;

    protected TranslatedText() {}

    /**
     * A field whose texts are all current: the source text and translations made from it. Blank
     * texts are left out (a missing translation).
     */
    public static TranslatedText of(String sourceLanguage, Map<String, String> textByLanguage) {
        TranslatedText text = new TranslatedText();
        String source = textByLanguage.get(sourceLanguage);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A translated text needs its " + sourceLanguage + " source");
        }
        textByLanguage.forEach((language, value) -> {
            if (value != null && !value.isBlank()) {
                text.values.put(language, new TextValue(value.strip(), text.sourceRevision));
            }
        });
        return text;
    }

    /** A new field from what an editor typed. */
    public static TranslatedText of(String sourceLanguage, TextEdit edit) {
        return of(sourceLanguage, edit.texts());
    }

    /**
     * Applies an edit to an optional field: null when it has no text at all, a new field when there
     * was none, else the same field changed.
     */
    public static @Nullable TranslatedText edit(
            @Nullable TranslatedText current, String sourceLanguage, @Nullable TextEdit edit) {
        if (edit == null || edit.isBlank()) {
            return null;
        }
        if (current == null) {
            return of(sourceLanguage, edit.texts());
        }
        current.edit(sourceLanguage, edit);
        return current;
    }

    /** Like {@link #of}, but null for an optional field that has no text at all. */
    public static @Nullable TranslatedText ofOptional(
            String sourceLanguage, @Nullable Map<String, String> textByLanguage) {
        return textByLanguage == null || textByLanguage.values().stream().allMatch(t -> t == null || t.isBlank())
                ? null
                : of(sourceLanguage, textByLanguage);
    }

    /** Every language's text, for indexing. */
    public Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        values.forEach((language, value) -> texts.put(language, value.text()));
        return texts;
    }

    public @Nullable Long getId() {
        return id;
    }

    public int sourceRevision() {
        return sourceRevision;
    }

    public Optional<String> text(String language) {
        return Optional.ofNullable(values.get(language)).map(TextValue::text);
    }

    /**
     * Changes the source text. A real change makes every translation outdated; a minor change (typo,
     * punctuation) keeps them valid.
     */
    public void changeSource(String sourceLanguage, String newText, boolean minorChange) {
        TextValue current = values.get(sourceLanguage);
        if (current != null && current.text().equals(newText)) {
            return;
        }
        if (!minorChange) {
            sourceRevision++;
        }
        values.put(sourceLanguage, new TextValue(newText, sourceRevision));
    }

    /** Sets a translation, made from the current source revision; blank removes it. */
    public void translate(String language, String newText) {
        if (newText == null || newText.isBlank()) {
            values.remove(language);
        } else {
            values.put(language, new TextValue(newText.strip(), sourceRevision));
        }
    }

    /**
     * Applies what an editor typed: the source text first (a real change makes the translations
     * outdated unless it is a minor one), then every translation that differs from the stored one,
     * which counts as made from the new source. Unchanged translations keep their state; those the edit
     * names as outdated (taken back from a version where they were) stay outdated.
     */
    public void edit(String sourceLanguage, TextEdit edit) {
        Map<String, String> typed = edit.texts();
        boolean minorChange = edit.minorChange();
        String source = typed.get(sourceLanguage);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A translated text needs its " + sourceLanguage + " source");
        }
        changeSource(sourceLanguage, source.strip(), minorChange);
        typed.forEach((language, value) -> {
            String stored = text(language).orElse("");
            String wanted = value == null ? "" : value.strip();
            if (!language.equals(sourceLanguage) && !stored.equals(wanted)) {
                translate(language, wanted);
            }
            if (!language.equals(sourceLanguage) && edit.outdated().contains(language) && !wanted.isEmpty()) {
                values.put(
                        language,
                        new TextValue(wanted, Math.min(values.get(language).basedOnRevision(), sourceRevision - 1)));
            }
        });
    }

    /** Each language's state, for editors. */
    public Map<String, TranslationState> states(List<String> languages, String sourceLanguage) {
        Map<String, TranslationState> states = new LinkedHashMap<>();
        languages.forEach(language -> states.put(language, state(language, sourceLanguage)));
        return states;
    }

    public TranslationState state(String language, String sourceLanguage) {
        TextValue value = values.get(language);
        if (value == null) {
            return TranslationState.MISSING;
        }
        if (!language.equals(sourceLanguage) && value.basedOnRevision() < sourceRevision) {
            return TranslationState.OUTDATED;
        }
        return TranslationState.CURRENT;
    }

    /** The text a reader of this language gets: theirs if it exists, else the source, marked as fallback. */
    public LocalizedText in(Locale reader, Locale source) {
        String language = reader.getLanguage();
        TextValue own = values.get(language);
        if (own != null) {
            return new LocalizedText(
                    own.text(), language, false, state(language, source.getLanguage()) == TranslationState.OUTDATED);
        }
        TextValue original = values.get(source.getLanguage());
        return original == null
                ? LocalizedText.EMPTY
                : new LocalizedText(
                        original.text(), source.getLanguage(), !language.equals(source.getLanguage()), false);
    }
}
