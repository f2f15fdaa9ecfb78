package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's own texts with a title and a body: the overview on the start page ("Gelebte
 * Völkerverständigung") and the introduction of the networks page.
 */
@Service
public class SiteTextService {

    private final SiteTextRepository texts;
    private final SupportedLanguages languages;

    SiteTextService(SiteTextRepository texts, SupportedLanguages languages) {
        this.texts = texts;
        this.languages = languages;
    }

    /** The texts there are. */
    public enum Key {
        OVERVIEW("overview"),
        NETWORKS_INTRO("networks-intro");

        private final String id;

        Key(String id) {
            this.id = id;
        }
    }

    /** Title and body in the reader's language. */
    public record PageText(LocalizedText title, LocalizedText body) {}

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<PageText> find(Key key, Reader reader) {
        return texts.findByKey(key.id).map(text -> new PageText(reader.text(text.getTitle()), reader.text(text.getBody())));
    }

    @Transactional(readOnly = true)
    public boolean exists(Key key) {
        return texts.findByKey(key.id).isPresent();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void create(Key key, Map<String, String> title, Map<String, String> body) {
        String source = languages.source().getLanguage();
        texts.save(new SiteText(key.id, TranslatedText.of(source, title), TranslatedText.of(source, body)));
    }
}
