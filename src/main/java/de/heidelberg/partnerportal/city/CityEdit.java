package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslationState;
import java.time.LocalDate;
import java.util.Map;

/**
 * A partner city or friendly relation as an editor's form holds it: the version it was loaded at and
 * every translated field with what is stored in each language. Focus areas and contacts are kept as
 * they are.
 */
public class CityEdit {

    private Long id;
    private long version;
    private String slug = "";
    private boolean published;
    private TextEdit name = TextEdit.EMPTY;
    private String country = "";
    private TextEdit region = TextEdit.EMPTY;
    private RelationType relation = RelationType.PARTNERSHIP;
    private RelationStatus status = RelationStatus.ACTIVE;
    private Integer sinceYear;
    private LocalDate sinceDate;
    private TextEdit sinceNote = TextEdit.EMPTY;
    private Double latitude;
    private Double longitude;
    private TextEdit description = TextEdit.EMPTY;
    private TextEdit internalNote = TextEdit.EMPTY;
    private Map<String, Map<String, TranslationState>> states = Map.of();

    /** A copy, for a save attempt that must leave this form as it was loaded. */
    public CityEdit copy() {
        CityEdit copy = new CityEdit();
        copy.id = id;
        copy.version = version;
        copy.slug = slug;
        copy.published = published;
        copy.name = name;
        copy.country = country;
        copy.region = region;
        copy.relation = relation;
        copy.status = status;
        copy.sinceYear = sinceYear;
        copy.sinceDate = sinceDate;
        copy.sinceNote = sinceNote;
        copy.latitude = latitude;
        copy.longitude = longitude;
        copy.description = description;
        copy.internalNote = internalNote;
        copy.states = states;
        return copy;
    }

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

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public TextEdit getName() {
        return name;
    }

    public void setName(TextEdit name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public TextEdit getRegion() {
        return region;
    }

    public void setRegion(TextEdit region) {
        this.region = region;
    }

    public RelationType getRelation() {
        return relation;
    }

    public void setRelation(RelationType relation) {
        this.relation = relation;
    }

    public RelationStatus getStatus() {
        return status;
    }

    public void setStatus(RelationStatus status) {
        this.status = status;
    }

    public Integer getSinceYear() {
        return sinceYear;
    }

    public void setSinceYear(Integer sinceYear) {
        this.sinceYear = sinceYear;
    }

    public LocalDate getSinceDate() {
        return sinceDate;
    }

    public void setSinceDate(LocalDate sinceDate) {
        this.sinceDate = sinceDate;
    }

    public TextEdit getSinceNote() {
        return sinceNote;
    }

    public void setSinceNote(TextEdit sinceNote) {
        this.sinceNote = sinceNote;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public TextEdit getDescription() {
        return description;
    }

    public void setDescription(TextEdit description) {
        this.description = description;
    }

    public TextEdit getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(TextEdit internalNote) {
        this.internalNote = internalNote;
    }

    /** Per field (by the translation key of its name), each language's stored state (missing, outdated, up to date). */
    public Map<String, Map<String, TranslationState>> getStates() {
        return states;
    }

    void setStates(Map<String, Map<String, TranslationState>> states) {
        this.states = Map.copyOf(states);
    }
}
