package de.heidelberg.partnerportal.page;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditingService;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.EditingSupport;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's own texts with a title and a body: the overview on the start page ("Gelebte
 * Völkerverständigung") and the introduction of the networks page.
 */
@Service
public class SiteTextService extends ContentEditingService<SiteText, SiteTextEdit> {

    private final SiteTextRepository texts;

    SiteTextService(SiteTextRepository texts, EditingSupport support) {
        super(ContentType.PAGE, texts, support);
        this.texts = texts;
    }

    /** The texts there are. */
    public enum Key {
        OVERVIEW("overview"),
        NETWORKS_INTRO("networks-intro");

        private final String id;

        Key(String id) {
            this.id = id;
        }

        /** The text's slug, in the address of its editor. */
        public String slug() {
            return id;
        }
    }

    /** Title and body in the reader's language. */
    public record PageText(LocalizedText title, LocalizedText body) {}

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<PageText> find(Key key, Reader reader) {
        return texts.findByKey(key.id)
                .map(text -> new PageText(reader.text(text.getTitle()), reader.text(text.getBody())));
    }

    /** Whether the text is there yet, drafts included: for loading the demo content. */
    @PreAuthorize(ContentAccess.EDITORS)
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

    @Override
    protected SiteTextEdit emptyForm() {
        return new SiteTextEdit();
    }

    @Override
    protected void fill(SiteTextEdit edit, SiteText text) {
        edit.setTitle(TextEdit.of(text.getTitle()));
        edit.setBody(TextEdit.of(text.getBody()));
    }

    @Override
    protected Map<FieldKey, @Nullable TranslatedText> texts(SiteText text) {
        Map<FieldKey, @Nullable TranslatedText> fields = new LinkedHashMap<>();
        fields.put(SiteTextEdit.TITLE, text.getTitle());
        fields.put(SiteTextEdit.BODY, text.getBody());
        return fields;
    }

    @Override
    protected String title(SiteText text, Reader reader) {
        return reader.text(text.getTitle()).text();
    }

    @Override
    protected void check(SiteTextEdit edit, String source) {
        EditChecks.required(edit.getTitle(), source, SiteTextEdit.TITLE, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.required(edit.getBody(), source, SiteTextEdit.BODY, TranslatedText.MAX_LENGTH);
    }

    /** Never called: the portal's texts are a fixed set (see {@link ContentType#fixed()}). */
    @Override
    protected SiteText create(SiteTextEdit edit, String source) {
        throw new ContentEditException("edit.error.fixed-page");
    }

    @Override
    protected void apply(SiteText text, SiteTextEdit edit, String source) {
        text.apply(edit, source);
    }
}
