package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A partner city or friendly relation as an editor's form holds it: the version it was loaded at and
 * every translated field with what is stored in each language, the focus areas of the cooperation
 * and the responsible contacts.
 */
public class CityEdit extends ContentForm {

    // the form's fields, by the translation keys of their names
    public static final FieldKey NAME = new FieldKey("cities.field.name");
    public static final FieldKey REGION = new FieldKey("cities.region");
    public static final FieldKey SINCE_NOTE = new FieldKey("cities.field.since-note");
    public static final FieldKey DESCRIPTION = new FieldKey("cities.field.description");
    public static final FieldKey FOCUS_TITLE = new FieldKey("cities.field.focus-title");
    public static final FieldKey FOCUS_ITEMS = new FieldKey("cities.field.focus-items");
    public static final FieldKey COUNTRY = new FieldKey("cities.country");
    public static final FieldKey RELATION = new FieldKey("cities.relation");
    public static final FieldKey STATUS = new FieldKey("cities.status");
    public static final FieldKey SINCE_DATE = new FieldKey("cities.field.since-date");
    public static final FieldKey SINCE_YEAR = new FieldKey("cities.field.since-year");
    public static final FieldKey LATITUDE = new FieldKey("cities.field.latitude");
    public static final FieldKey LONGITUDE = new FieldKey("cities.field.longitude");
    // the office's record, for editors only: a translator's form leaves them empty and a save keeps what is stored
    public static final FieldKey STATUS_NOTE = new FieldKey("cities.field.status-note");
    public static final FieldKey STATUS_FROM = new FieldKey("cities.field.status-from");
    public static final FieldKey COUNCIL_DATE = new FieldKey("cities.field.council-date");
    public static final FieldKey COUNCIL_REFERENCE = new FieldKey("cities.field.council-reference");

    /** As long as the database columns. */
    public static final int MAX_REFERENCE_LENGTH = 200;

    public static final int MAX_STATUS_NOTE_LENGTH = StatusChange.MAX_NOTE_LENGTH;

    private TextEdit name = TextEdit.EMPTY;
    private @Nullable String country = "";
    private TextEdit region = TextEdit.EMPTY;
    private @Nullable RelationType relation = RelationType.PARTNERSHIP;
    private @Nullable RelationStatus status = RelationStatus.ACTIVE;
    private @Nullable Integer sinceYear;
    private @Nullable LocalDate sinceDate;
    private TextEdit sinceNote = TextEdit.EMPTY;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private TextEdit description = TextEdit.EMPTY;
    private List<FocusAreaEdit> focusAreas = List.of();
    private Set<Long> contactIds = new LinkedHashSet<>();
    private @Nullable String statusNote = "";
    private @Nullable LocalDate statusFrom;
    private @Nullable LocalDate councilDecisionDate;
    private @Nullable String councilDecisionReference = "";

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
        copy.statusNote = statusNote;
        copy.statusFrom = statusFrom;
        copy.councilDecisionDate = councilDecisionDate;
        copy.councilDecisionReference = councilDecisionReference;
        return copy;
    }

    /** Why the relation has its status (the latest entry of the status history); needed for dormant or suspended. */
    public @Nullable String getStatusNote() {
        return statusNote;
    }

    public void setStatusNote(@Nullable String statusNote) {
        this.statusNote = statusNote;
    }

    /** From when the status applies, when known. */
    public @Nullable LocalDate getStatusFrom() {
        return statusFrom;
    }

    public void setStatusFrom(@Nullable LocalDate statusFrom) {
        this.statusFrom = statusFrom;
    }

    public @Nullable LocalDate getCouncilDecisionDate() {
        return councilDecisionDate;
    }

    public void setCouncilDecisionDate(@Nullable LocalDate councilDecisionDate) {
        this.councilDecisionDate = councilDecisionDate;
    }

    /** The council decision's reference, e.g. "Drucksache 0123/2024/BV". */
    public @Nullable String getCouncilDecisionReference() {
        return councilDecisionReference;
    }

    public void setCouncilDecisionReference(@Nullable String councilDecisionReference) {
        this.councilDecisionReference = councilDecisionReference;
    }

    public TextEdit getName() {
        return name;
    }

    public void setName(TextEdit name) {
        this.name = name;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public void setCountry(@Nullable String country) {
        this.country = country;
    }

    public TextEdit getRegion() {
        return region;
    }

    public void setRegion(TextEdit region) {
        this.region = region;
    }

    public @Nullable RelationType getRelation() {
        return relation;
    }

    public void setRelation(@Nullable RelationType relation) {
        this.relation = relation;
    }

    public @Nullable RelationStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable RelationStatus status) {
        this.status = status;
    }

    public @Nullable Integer getSinceYear() {
        return sinceYear;
    }

    public void setSinceYear(@Nullable Integer sinceYear) {
        this.sinceYear = sinceYear;
    }

    public @Nullable LocalDate getSinceDate() {
        return sinceDate;
    }

    public void setSinceDate(@Nullable LocalDate sinceDate) {
        this.sinceDate = sinceDate;
    }

    public TextEdit getSinceNote() {
        return sinceNote;
    }

    public void setSinceNote(TextEdit sinceNote) {
        this.sinceNote = sinceNote;
    }

    public @Nullable Double getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable Double latitude) {
        this.latitude = latitude;
    }

    public @Nullable Double getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable Double longitude) {
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
