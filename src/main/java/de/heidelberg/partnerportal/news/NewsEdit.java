package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A news item as an editor's form holds it: the version it was loaded at (a save based on an older
 * one is refused), and every translated field with what is stored in each language.
 */
public class NewsEdit extends ContentForm {

    // the form's fields, by the translation keys of their names
    public static final FieldKey TITLE = new FieldKey("news.field.title");
    public static final FieldKey TEASER = new FieldKey("news.field.teaser");
    public static final FieldKey BODY = new FieldKey("news.field.body");
    public static final FieldKey IMAGE_CAPTION = new FieldKey("news.field.image-caption");
    public static final FieldKey IMAGE_ALT = new FieldKey("news.field.image-alt");
    public static final FieldKey IMAGE = new FieldKey("news.field.image");
    public static final FieldKey DATE = new FieldKey("news.field.date");
    public static final FieldKey YEAR = new FieldKey("news.field.year");
    public static final FieldKey CITIES = new FieldKey("news.related.cities");
    public static final FieldKey NETWORKS = new FieldKey("news.related.networks");

    private @Nullable LocalDate date;
    private @Nullable Integer year;
    private TextEdit title = TextEdit.EMPTY;
    private TextEdit teaser = TextEdit.EMPTY;
    private TextEdit body = TextEdit.EMPTY;
    private TextEdit imageCaption = TextEdit.EMPTY;
    private @Nullable Long imageId;
    private TextEdit imageAlt = TextEdit.EMPTY;
    private Set<Long> cityIds = new HashSet<>();
    private Set<Long> networkIds = new HashSet<>();

    @Override
    public NewsEdit copy() {
        NewsEdit copy = new NewsEdit();
        copyInto(copy);
        copy.date = date;
        copy.year = year;
        copy.title = title;
        copy.teaser = teaser;
        copy.body = body;
        copy.imageCaption = imageCaption;
        copy.imageId = imageId;
        copy.imageAlt = imageAlt;
        copy.cityIds = new HashSet<>(cityIds);
        copy.networkIds = new HashSet<>(networkIds);
        return copy;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable Integer getYear() {
        return year;
    }

    public void setYear(@Nullable Integer year) {
        this.year = year;
    }

    public TextEdit getTitle() {
        return title;
    }

    public void setTitle(TextEdit title) {
        this.title = title;
    }

    public TextEdit getTeaser() {
        return teaser;
    }

    public void setTeaser(TextEdit teaser) {
        this.teaser = teaser;
    }

    public TextEdit getBody() {
        return body;
    }

    public void setBody(TextEdit body) {
        this.body = body;
    }

    public TextEdit getImageCaption() {
        return imageCaption;
    }

    public void setImageCaption(TextEdit imageCaption) {
        this.imageCaption = imageCaption;
    }

    public @Nullable Long getImageId() {
        return imageId;
    }

    public void setImageId(@Nullable Long imageId) {
        this.imageId = imageId;
    }

    public TextEdit getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(TextEdit imageAlt) {
        this.imageAlt = imageAlt;
    }

    public Set<Long> getCityIds() {
        return cityIds;
    }

    public void setCityIds(Set<Long> cityIds) {
        this.cityIds = new HashSet<>(cityIds);
    }

    public Set<Long> getNetworkIds() {
        return networkIds;
    }

    public void setNetworkIds(Set<Long> networkIds) {
        this.networkIds = new HashSet<>(networkIds);
    }
}
