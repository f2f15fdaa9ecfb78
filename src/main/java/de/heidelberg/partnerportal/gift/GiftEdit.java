package de.heidelberg.partnerportal.gift;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A gift as an editor's form holds it. */
public class GiftEdit extends ContentForm {

    // the form's fields, by the translation keys of their names
    public static final FieldKey DESCRIPTION = new FieldKey("gifts.field.description");
    public static final FieldKey DIRECTION = new FieldKey("gifts.field.direction");
    public static final FieldKey GIVEN_ON = new FieldKey("gifts.field.date");
    public static final FieldKey GIVER = new FieldKey("gifts.field.giver");
    public static final FieldKey RECEIVER = new FieldKey("gifts.field.receiver");
    public static final FieldKey OCCASION = new FieldKey("gifts.field.occasion");
    public static final FieldKey KEPT_AT = new FieldKey("gifts.field.kept-at");
    public static final FieldKey CITY_ID = new FieldKey("gifts.field.city");
    public static final FieldKey VISIT_ID = new FieldKey("gifts.field.visit");
    public static final FieldKey IMAGE_ID = new FieldKey("gifts.field.photo");

    private TextEdit description = TextEdit.EMPTY;
    private GiftDirection direction = GiftDirection.GIVEN;
    private @Nullable LocalDate givenOn;
    private String giver = "";
    private String receiver = "";
    private @Nullable String occasion;
    private @Nullable String keptAt;
    private @Nullable Long cityId;
    private @Nullable Long visitId;
    private @Nullable Long imageId;

    @Override
    public GiftEdit copy() {
        GiftEdit copy = new GiftEdit();
        copyInto(copy);
        copy.description = description;
        copy.direction = direction;
        copy.givenOn = givenOn;
        copy.giver = giver;
        copy.receiver = receiver;
        copy.occasion = occasion;
        copy.keptAt = keptAt;
        copy.cityId = cityId;
        copy.visitId = visitId;
        copy.imageId = imageId;
        return copy;
    }

    public TextEdit getDescription() {
        return description;
    }

    public void setDescription(TextEdit description) {
        this.description = description;
    }

    public GiftDirection getDirection() {
        return direction;
    }

    public void setDirection(GiftDirection direction) {
        this.direction = direction;
    }

    public @Nullable LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(@Nullable LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getGiver() {
        return giver;
    }

    public void setGiver(String giver) {
        this.giver = giver;
    }

    public String getReceiver() {
        return receiver;
    }

    public void setReceiver(String receiver) {
        this.receiver = receiver;
    }

    public @Nullable String getOccasion() {
        return occasion;
    }

    public void setOccasion(@Nullable String occasion) {
        this.occasion = occasion;
    }

    public @Nullable String getKeptAt() {
        return keptAt;
    }

    public void setKeptAt(@Nullable String keptAt) {
        this.keptAt = keptAt;
    }

    public @Nullable Long getCityId() {
        return cityId;
    }

    public void setCityId(@Nullable Long cityId) {
        this.cityId = cityId;
    }

    public @Nullable Long getVisitId() {
        return visitId;
    }

    public void setVisitId(@Nullable Long visitId) {
        this.visitId = visitId;
    }

    public @Nullable Long getImageId() {
        return imageId;
    }

    public void setImageId(@Nullable Long imageId) {
        this.imageId = imageId;
    }
}
