package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.TranslatedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A text of the portal itself, such as the overview on the start page, with a title and a body. */
@Entity
@Table(name = "site_text")
class SiteText {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "text_key", nullable = false, unique = true, length = 50)
    private String key;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private TranslatedText body;

    @Version
    private long version;

    protected SiteText() {}

    SiteText(String key, TranslatedText title, TranslatedText body) {
        this.key = key;
        this.title = title;
        this.body = body;
    }

    TranslatedText getTitle() {
        return title;
    }

    TranslatedText getBody() {
        return body;
    }
}
