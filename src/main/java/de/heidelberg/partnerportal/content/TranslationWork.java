package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.i18n.TranslationState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by each content feature whose items can be edited, so that one dashboard lists, per
 * language, every item with texts still to translate or to bring up to date.
 */
public interface TranslationWork {

    ContentType type();

    /** Every item with at least one field missing or outdated in some language, title in the reader's language. */
    List<Gap> gaps(Reader reader);

    /**
     * An item's translation gaps.
     *
     * @param missing per language, the fields that have a source text but no translation
     * @param outdated per language, the fields translated from an older source text
     */
    record Gap(
            ContentType type,
            String slug,
            String title,
            Map<String, List<FieldKey>> missing,
            Map<String, List<FieldKey>> outdated) {

        /** The gap in these languages only; empty when there is none in them. */
        public Optional<Gap> onlyIn(Set<String> languages) {
            Map<String, List<FieldKey>> mine = new LinkedHashMap<>(missing);
            Map<String, List<FieldKey>> mineOutdated = new LinkedHashMap<>(outdated);
            mine.keySet().retainAll(languages);
            mineOutdated.keySet().retainAll(languages);
            return mine.isEmpty() && mineOutdated.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Gap(type, slug, title, mine, mineOutdated));
        }

        /**
         * An item's gap from its translated fields; empty when
         * every field is translated and up to date in every language.
         */
        public static Optional<Gap> of(
                ContentType type,
                String slug,
                String title,
                Map<FieldKey, @Nullable TranslatedText> fields,
                SupportedLanguages languages) {
            String source = languages.source().getLanguage();
            Map<String, List<FieldKey>> missing = new LinkedHashMap<>();
            Map<String, List<FieldKey>> outdated = new LinkedHashMap<>();
            for (Locale locale : languages.all()) {
                String language = locale.getLanguage();
                fields.forEach((field, text) -> {
                    if (text == null || language.equals(source)) {
                        return;
                    }
                    TranslationState state = text.state(language, source);
                    if (state == TranslationState.MISSING) {
                        missing.computeIfAbsent(language, l -> new ArrayList<>())
                                .add(field);
                    } else if (state == TranslationState.OUTDATED) {
                        outdated.computeIfAbsent(language, l -> new ArrayList<>())
                                .add(field);
                    }
                });
            }
            return missing.isEmpty() && outdated.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Gap(type, slug, title, missing, outdated));
        }
    }
}
