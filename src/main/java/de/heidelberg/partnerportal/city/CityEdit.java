package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A partner city or friendly relation as an editor's form holds it: the version it was loaded at and
 * every translated field with what is stored in each language, the focus areas of the cooperation
 * and the responsible contacts.
 */
public class CityEdit extends ContentForm {

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
    private List<FocusAreaEdit> focusAreas = List.of();
    private Set<Long> contactIds = new LinkedHashSet<>();

    @Override
    public CityEdit copy() {
        CityEdit copy = new CityEdit();
        copyInto(copy);
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
        copy.focusAreas = focusAreas;
        copy.contactIds = new LinkedHashSet<>(contactIds);
        return copy;
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

    public List<FocusAreaEdit> getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(List<FocusAreaEdit> focusAreas) {
        this.focusAreas = List.copyOf(focusAreas);
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }

    public void setContactIds(Set<Long> contactIds) {
        this.contactIds = new LinkedHashSet<>(contactIds);
    }
}
