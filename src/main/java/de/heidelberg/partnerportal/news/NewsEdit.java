package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslationState;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A news item as an editor's form holds it: the version it was loaded at (a save based on an older
 * one is refused), and every translated field with what is stored in each language.
 */
public class NewsEdit {

    private Long id;
    private long version;
    private String slug = "";
    private LocalDate date;
    private Integer year;
    private boolean published;
    private TextEdit title = TextEdit.EMPTY;
    private TextEdit teaser = TextEdit.EMPTY;
    private TextEdit body = TextEdit.EMPTY;
    private TextEdit imageCaption = TextEdit.EMPTY;
    private TextEdit internalNote = TextEdit.EMPTY;
    private Set<Long> cityIds = new HashSet<>();
    private Set<Long> networkIds = new HashSet<>();
    private Map<String, Map<String, TranslationState>> states = Map.of();

    /** A copy, for a save attempt that must leave this form as it was loaded. */
    public NewsEdit copy() {
        NewsEdit copy = new NewsEdit();
        copy.id = id;
        copy.version = version;
        copy.slug = slug;
        copy.date = date;
        copy.year = year;
        copy.published = published;
        copy.title = title;
        copy.teaser = teaser;
        copy.body = body;
        copy.imageCaption = imageCaption;
        copy.internalNote = internalNote;
        copy.cityIds = new HashSet<>(cityIds);
        copy.networkIds = new HashSet<>(networkIds);
        copy.states = states;
        return copy;
    }

    /** A new item: nothing stored yet. */
    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
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

    public TextEdit getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(TextEdit internalNote) {
        this.internalNote = internalNote;
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

    /** Per field (by the translation key of its name), each language's stored state (missing, outdated, up to date). */
    public Map<String, Map<String, TranslationState>> getStates() {
        return states;
    }

    void setStates(Map<String, Map<String, TranslationState>> states) {
        this.states = Map.copyOf(states);
    }
}
