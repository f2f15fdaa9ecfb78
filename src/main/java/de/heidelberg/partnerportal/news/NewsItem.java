package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/** A dated news item, linked to the cities and networks it is about. */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ContentDocumentBinder.class))
@Table(name = "news_item")
class NewsItem extends ContentEntity {

    /** The day of the report; unknown for some older items, whose year is still known. */
    @Column(name = "news_date")
    private @Nullable LocalDate date;

    @Column(name = "news_year", nullable = false)
    private int year;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teaser_id")
    private TranslatedText teaser;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private TranslatedText body;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "image_caption_id")
    private @Nullable TranslatedText imageCaption;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "image_alt_id")
    private @Nullable TranslatedText imageAlt;

    /** An uploaded image (content feature's images), if the item has one. */
    @Column(name = "image_id")
    private @Nullable Long imageId;

    @ElementCollection
    @CollectionTable(name = "news_city", joinColumns = @JoinColumn(name = "news_id"))
    @Column(name = "city_id")
    private Set<Long> cityIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "news_network", joinColumns = @JoinColumn(name = "news_id"))
    @Column(name = "network_id")
    private Set<Long> networkIds = new HashSet<>();

    protected NewsItem() {}

    NewsItem(NewNews data, String sourceLanguage) {
        super(data.slug());
        this.date = data.date();
        this.year = data.date() != null ? data.date().getYear() : data.year();
        this.title = TranslatedText.of(sourceLanguage, data.title());
        this.teaser = TranslatedText.of(sourceLanguage, data.teaser());
        this.body = TranslatedText.of(sourceLanguage, data.body());
        this.imageCaption = TranslatedText.ofOptional(sourceLanguage, data.imageCaption());
        this.imageAlt = TranslatedText.ofOptional(sourceLanguage, data.imageAlt());
        this.cityIds = new HashSet<>(data.cityIds());
        this.networkIds = new HashSet<>(data.networkIds());
        setPublished(data.published());
    }

    /** A new item from an editor's form. */
    NewsItem(NewsEdit edit, String sourceLanguage) {
        super(edit.getSlug());
        this.title = TranslatedText.of(sourceLanguage, edit.getTitle());
        this.teaser = TranslatedText.of(sourceLanguage, edit.getTeaser());
        this.body = TranslatedText.of(sourceLanguage, edit.getBody());
        apply(edit, sourceLanguage);
    }

    /** Takes over what an editor changed; the form has been checked by the service. */
    void apply(NewsEdit edit, String sourceLanguage) {
        this.date = edit.getDate();
        this.year = edit.getDate() != null ? edit.getDate().getYear() : edit.getYear();
        title.edit(sourceLanguage, edit.getTitle());
        teaser.edit(sourceLanguage, edit.getTeaser());
        body.edit(sourceLanguage, edit.getBody());
        this.imageCaption = TranslatedText.edit(imageCaption, sourceLanguage, edit.getImageCaption());
        this.imageAlt = TranslatedText.edit(imageAlt, sourceLanguage, edit.getImageAlt());
        this.imageId = edit.getImageId();
        this.cityIds = new HashSet<>(edit.getCityIds());
        this.networkIds = new HashSet<>(edit.getNetworkIds());
        applyForm(edit, sourceLanguage);
    }

    @Nullable
    LocalDate getDate() {
        return date;
    }

    int getYear() {
        return year;
    }

    TranslatedText getTitle() {
        return title;
    }

    TranslatedText getTeaser() {
        return teaser;
    }

    TranslatedText getBody() {
        return body;
    }

    @Nullable
    TranslatedText getImageCaption() {
        return imageCaption;
    }

    @Nullable
    Long getImageId() {
        return imageId;
    }

    @Nullable
    TranslatedText getImageAlt() {
        return imageAlt;
    }

    Set<Long> getCityIds() {
        return Set.copyOf(cityIds);
    }

    Set<Long> getNetworkIds() {
        return Set.copyOf(networkIds);
    }

    @Override
    public ContentType contentType() {
        return ContentType.NEWS;
    }

    @Override
    public TranslatedText searchTitle() {
        return title;
    }

    @Override
    public List<TranslatedText> searchTexts() {
        List<TranslatedText> texts = new ArrayList<>(List.of(teaser, body));
        if (imageCaption != null) {
            texts.add(imageCaption);
        }
        return texts;
    }

    @Override
    public Integer searchYear() {
        return year;
    }
}
