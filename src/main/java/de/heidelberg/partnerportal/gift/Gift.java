package de.heidelberg.partnerportal.gift;

import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.search.ContentDocumentBinder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/** A gift the city gave or received. */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ContentDocumentBinder.class))
@Table(name = "gift")
class Gift extends ContentEntity {

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "description_id")
    private TranslatedText description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GiftDirection direction;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(nullable = false, length = 300)
    private String giver;

    @Column(nullable = false, length = 300)
    private String receiver;

    @Column(length = 500)
    private @Nullable String occasion;

    @Column(name = "kept_at", length = 300)
    private @Nullable String keptAt;

    @Column(name = "city_id")
    private @Nullable Long cityId;

    @Column(name = "visit_id")
    private @Nullable Long visitId;

    @Column(name = "image_id")
    private @Nullable Long imageId;

    protected Gift() {}

    Gift(GiftEdit edit, String sourceLanguage) {
        super(edit.getSlug());
        this.description = TranslatedText.of(sourceLanguage, edit.getDescription());
        apply(edit, sourceLanguage);
    }

    /** Takes over what an editor changed; the form has been checked by the service. */
    void apply(GiftEdit edit, String sourceLanguage) {
        description.edit(sourceLanguage, edit.getDescription());
        this.direction = edit.getDirection();
        this.givenOn = edit.getGivenOn();
        this.giver = edit.getGiver().strip();
        this.receiver = edit.getReceiver().strip();
        this.occasion = EditChecks.tidy(edit.getOccasion());
        this.keptAt = EditChecks.tidy(edit.getKeptAt());
        this.cityId = edit.getCityId();
        this.visitId = edit.getVisitId();
        this.imageId = edit.getImageId();
        applyForm(edit, sourceLanguage);
    }

    TranslatedText getDescription() {
        return description;
    }

    GiftDirection getDirection() {
        return direction;
    }

    LocalDate getGivenOn() {
        return givenOn;
    }

    String getGiver() {
        return giver;
    }

    String getReceiver() {
        return receiver;
    }

    @Nullable
    String getOccasion() {
        return occasion;
    }

    @Nullable
    String getKeptAt() {
        return keptAt;
    }

    @Nullable
    Long getCityId() {
        return cityId;
    }

    @Nullable
    Long getVisitId() {
        return visitId;
    }

    @Nullable
    Long getImageId() {
        return imageId;
    }

    @Override
    public ContentType contentType() {
        return ContentType.GIFT;
    }

    @Override
    public TranslatedText searchTitle() {
        return description;
    }

    /** Giver, receiver, occasion and place as one text in each language of the description (names are the same in all). */
    @Override
    public List<TranslatedText> searchTexts() {
        return sameInEveryLanguage(description, Stream.of(giver, receiver, occasion, keptAt));
    }

    @Override
    public Integer searchYear() {
        return givenOn.getYear();
    }
}
