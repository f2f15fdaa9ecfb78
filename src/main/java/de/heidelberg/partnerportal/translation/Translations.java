package de.heidelberg.partnerportal.translation;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.TranslationWork;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What is left to translate, per language, over all editable content: the translation dashboard. */
@Service
public class Translations {

    private final List<TranslationWork> features;

    public Translations(List<TranslationWork> features) {
        this.features = features;
    }

    /** Items with gaps, alphabetically per kind. */
    @PreAuthorize(ContentAccess.TRANSLATORS)
    public List<TranslationWork.Gap> gaps(Reader reader) {
        Collator collator = Collator.getInstance(reader.locale());
        return features.stream()
                .flatMap(feature -> feature.gaps(reader).stream())
                .sorted(Comparator.comparing(
                                (TranslationWork.Gap gap) -> gap.type().ordinal())
                        .thenComparing(TranslationWork.Gap::title, collator))
                .toList();
    }
}
