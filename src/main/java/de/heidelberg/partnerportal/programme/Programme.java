package de.heidelberg.partnerportal.programme;

import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.LinkOrder;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.search.ContentDocumentBinder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/** A standing programme of the office: the summer science school, funding, remembrance work. */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ContentDocumentBinder.class))
@Table(name = "programme")
class Programme extends ContentEntity {

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "summary_id")
    private TranslatedText summary;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private TranslatedText body;

    @Column(name = "since_year")
    private @Nullable Integer sinceYear;

    @ElementCollection
    @CollectionTable(name = "programme_contact", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "contact_id")
    private List<Long> contactIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "programme_city", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "city_id")
    private Set<Long> cityIds = new HashSet<>();

    @Column(nullable = false)
    private int position;

    protected Programme() {}

    Programme(NewProgramme data, String sourceLanguage, int position) {
        super(data.slug());
        this.title = TranslatedText.of(sourceLanguage, data.title());
        this.summary = TranslatedText.of(sourceLanguage, data.summary());
        this.body = TranslatedText.of(sourceLanguage, data.body());
        this.sinceYear = data.sinceYear();
        this.contactIds = new ArrayList<>(data.contactIds());
        this.cityIds = new HashSet<>(data.cityIds());
        this.position = position;
    }

    /** A new programme from an editor's form, listed last. */
    Programme(ProgrammeEdit edit, String sourceLanguage, int position) {
        super(edit.getSlug());
        this.title = TranslatedText.of(sourceLanguage, edit.getTitle());
        this.summary = TranslatedText.of(sourceLanguage, edit.getSummary());
        this.body = TranslatedText.of(sourceLanguage, edit.getBody());
        this.position = position;
        apply(edit, sourceLanguage);
    }

    /** Takes over what an editor changed; the form has been checked by the service. */
    void apply(ProgrammeEdit edit, String sourceLanguage) {
        title.edit(sourceLanguage, edit.getTitle());
        summary.edit(sourceLanguage, edit.getSummary());
        body.edit(sourceLanguage, edit.getBody());
        this.sinceYear = edit.getSinceYear();
        this.cityIds = new HashSet<>(edit.getCityIds());
        this.contactIds = new ArrayList<>(LinkOrder.keep(contactIds, edit.getContactIds()));
        applyForm(edit, sourceLanguage);
    }

    TranslatedText getTitle() {
        return title;
    }

    TranslatedText getSummary() {
        return summary;
    }

    TranslatedText getBody() {
        return body;
    }

    @Nullable
    Integer getSinceYear() {
        return sinceYear;
    }

    List<Long> getContactIds() {
        return List.copyOf(contactIds);
    }

    Set<Long> getCityIds() {
        return Set.copyOf(cityIds);
    }

    @Override
    public ContentType contentType() {
        return ContentType.PROGRAMME;
    }

    @Override
    public TranslatedText searchTitle() {
        return title;
    }

    @Override
    public List<TranslatedText> searchTexts() {
        return List.of(summary, body);
    }

    @Override
    public @Nullable Integer searchYear() {
        return sinceYear;
    }
}
