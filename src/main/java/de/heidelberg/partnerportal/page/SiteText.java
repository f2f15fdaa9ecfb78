package de.heidelberg.partnerportal.page;

import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A text of the portal itself, such as the overview on the start page, with a title and a body. Its
 * slug is its key; it is edited like any content item, but never created or deleted in the browser.
 */
@Entity
@Table(name = "site_text")
class SiteText extends ContentEntity {

    @Column(name = "text_key", nullable = false, unique = true, length = 50)
    private String key;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private TranslatedText body;

    protected SiteText() {}

    SiteText(String key, TranslatedText title, TranslatedText body) {
        super(key);
        this.key = key;
        this.title = title;
        this.body = body;
    }

    /** Takes over what an editor changed; the form has been checked by the service. */
    void apply(SiteTextEdit edit, String sourceLanguage) {
        title.edit(sourceLanguage, edit.getTitle());
        body.edit(sourceLanguage, edit.getBody());
        applyForm(edit, sourceLanguage);
    }

    TranslatedText getTitle() {
        return title;
    }

    TranslatedText getBody() {
        return body;
    }

    @Override
    public ContentType contentType() {
        return ContentType.PAGE;
    }

    @Override
    public TranslatedText searchTitle() {
        return title;
    }

    @Override
    public List<TranslatedText> searchTexts() {
        return List.of(body);
    }
}
