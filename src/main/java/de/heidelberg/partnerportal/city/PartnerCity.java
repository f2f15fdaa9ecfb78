package de.heidelberg.partnerportal.city;

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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/** A partner city (town partnership) or a city Heidelberg has friendly relations with. */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ContentDocumentBinder.class))
@Table(name = "partner_city")
class PartnerCity extends ContentEntity {

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "name_id")
    private TranslatedText name;

    /** ISO 3166 alpha-2; the reader's language names it. */
    @Column(nullable = false, length = 2)
    private String country;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "region_id")
    private @Nullable TranslatedText region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationType relation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationStatus status;

    @Column(name = "since_year")
    private @Nullable Integer sinceYear;

    @Column(name = "since_date")
    private @Nullable LocalDate sinceDate;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "since_note_id")
    private @Nullable TranslatedText sinceNote;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "description_id")
    private TranslatedText description;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "city_id", nullable = false)
    @OrderColumn(name = "position")
    private List<FocusArea> focusAreas = new ArrayList<>();

    /** Responsible contacts, by id: contacts belong to the contact feature. */
    @ElementCollection
    @CollectionTable(name = "city_contact", joinColumns = @JoinColumn(name = "city_id"))
    @OrderColumn(name = "position")
    @Column(name = "contact_id")
    private List<Long> contactIds = new ArrayList<>();

    // the office's record (staff only): the council decision and the status history
    @Column(name = "council_decision_date")
    private @Nullable LocalDate councilDecisionDate;

    @Column(name = "council_decision_ref", length = CityEdit.MAX_REFERENCE_LENGTH)
    private @Nullable String councilDecisionReference;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "city_id", nullable = false)
    @OrderBy("changedAt, id")
    private List<StatusChange> statusChanges = new ArrayList<>();

    protected PartnerCity() {}

    PartnerCity(NewCity data, String sourceLanguage, List<Long> contactIds) {
        super(data.slug());
        this.name = TranslatedText.of(sourceLanguage, data.name());
        this.country = data.country();
        this.region = TranslatedText.ofOptional(sourceLanguage, data.region());
        this.relation = data.relation();
        this.status = data.status();
        this.sinceYear = data.since().year();
        this.sinceDate = data.since().date();
        this.sinceNote = TranslatedText.ofOptional(sourceLanguage, data.sinceNote());
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.description = TranslatedText.of(sourceLanguage, data.description());
        for (NewCity.Focus focus : data.focusAreas()) {
            focusAreas.add(new FocusArea(
                    TranslatedText.of(sourceLanguage, focus.title()),
                    focus.items().stream()
                            .map(item -> TranslatedText.of(sourceLanguage, item))
                            .toList()));
        }
        this.contactIds = new ArrayList<>(contactIds);
    }

    /** A new relation from an editor's form. */
    PartnerCity(CityEdit edit, String sourceLanguage) {
        super(edit.getSlug());
        this.name = TranslatedText.of(sourceLanguage, edit.getName());
        this.description = TranslatedText.of(sourceLanguage, edit.getDescription());
        apply(edit, sourceLanguage);
    }

    /** Takes over what an editor changed; the form has been checked by the service. */
    void apply(CityEdit edit, String sourceLanguage) {
        name.edit(sourceLanguage, edit.getName());
        this.country = edit.getCountry();
        this.region = TranslatedText.edit(region, sourceLanguage, edit.getRegion());
        this.relation = edit.getRelation();
        this.status = edit.getStatus();
        this.sinceDate = edit.getSinceDate();
        this.sinceYear = edit.getSinceDate() != null
                ? Integer.valueOf(edit.getSinceDate().getYear())
                : edit.getSinceYear();
        this.sinceNote = TranslatedText.edit(sinceNote, sourceLanguage, edit.getSinceNote());
        this.latitude = edit.getLatitude();
        this.longitude = edit.getLongitude();
        description.edit(sourceLanguage, edit.getDescription());
        applyFocusAreas(edit.getFocusAreas(), sourceLanguage);
        this.contactIds = new ArrayList<>(LinkOrder.keep(contactIds, edit.getContactIds()));
        this.councilDecisionDate = edit.getCouncilDecisionDate();
        String reference = edit.getCouncilDecisionReference();
        this.councilDecisionReference = reference == null || reference.isBlank() ? null : reference.strip();
        applyForm(edit, sourceLanguage);
    }

    /** Appends the current status to the status history; the service has decided that it is a change and checked the note. */
    void recordStatus(@Nullable LocalDate validFrom, @Nullable String note, String username, Instant when) {
        statusChanges.add(new StatusChange(status, validFrom, note, username, when));
    }

    /**
     * Whether saving this status with this note and start makes a new entry of the history: the status
     * changes, or it differs from the latest entry (a first note for a status without history included).
     */
    boolean statusDiffers(RelationStatus newStatus, @Nullable LocalDate validFrom, @Nullable String note) {
        String typed = note == null ? "" : note.strip();
        StatusChange latest = latestStatusChange();
        if (latest == null) {
            return newStatus != status || !typed.isEmpty() || validFrom != null;
        }
        return latest.getStatus() != newStatus
                || !latest.getNote().equals(typed)
                || !Objects.equals(latest.getValidFrom(), validFrom);
    }

    @Nullable
    StatusChange latestStatusChange() {
        return statusChanges.isEmpty() ? null : statusChanges.getLast();
    }

    List<StatusChange> getStatusChanges() {
        return List.copyOf(statusChanges);
    }

    @Nullable
    LocalDate getCouncilDecisionDate() {
        return councilDecisionDate;
    }

    String getCouncilDecisionReference() {
        return councilDecisionReference == null ? "" : councilDecisionReference;
    }

    /** Focus areas in the form's order: the first ones change in place, new ones are added, the rest removed. */
    private void applyFocusAreas(List<FocusAreaEdit> edits, String sourceLanguage) {
        for (int index = 0; index < edits.size(); index++) {
            FocusAreaEdit edit = edits.get(index);
            FocusArea area;
            if (index < focusAreas.size()) {
                area = focusAreas.get(index);
                area.getTitle().edit(sourceLanguage, edit.title());
            } else {
                area = new FocusArea(TranslatedText.of(sourceLanguage, edit.title()), List.of());
                focusAreas.add(area);
            }
            area.applyItems(edit.items(), sourceLanguage);
        }
        while (focusAreas.size() > edits.size()) {
            focusAreas.removeLast();
        }
    }

    TranslatedText getName() {
        return name;
    }

    String getCountry() {
        return country;
    }

    @Nullable
    TranslatedText getRegion() {
        return region;
    }

    RelationType getRelation() {
        return relation;
    }

    RelationStatus getStatus() {
        return status;
    }

    Since getSince() {
        return new Since(sinceYear, sinceDate);
    }

    @Nullable
    TranslatedText getSinceNote() {
        return sinceNote;
    }

    double getLatitude() {
        return latitude;
    }

    double getLongitude() {
        return longitude;
    }

    TranslatedText getDescription() {
        return description;
    }

    List<FocusArea> getFocusAreas() {
        return focusAreas;
    }

    List<Long> getContactIds() {
        return List.copyOf(contactIds);
    }

    @Override
    public ContentType contentType() {
        return ContentType.PARTNER_CITY;
    }

    @Override
    public TranslatedText searchTitle() {
        return name;
    }

    @Override
    public List<TranslatedText> searchTexts() {
        List<TranslatedText> texts = new ArrayList<>();
        texts.add(description);
        if (region != null) {
            texts.add(region);
        }
        for (FocusArea area : focusAreas) {
            texts.add(area.getTitle());
            texts.addAll(area.getItems());
        }
        return texts;
    }

    @Override
    public @Nullable Integer searchYear() {
        return sinceYear;
    }

    @Override
    public String searchCountry() {
        return country;
    }
}
