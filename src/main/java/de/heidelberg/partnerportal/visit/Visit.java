package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/** One visit of the register: who came or went, when, where, why, with what programme and outcome. */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ContentDocumentBinder.class))
@Table(name = "visit")
class Visit extends ContentEntity {

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "purpose_id")
    private @Nullable TranslatedText purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitState state;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(length = 200)
    private @Nullable String place;

    @Column(name = "city_id")
    private @Nullable Long cityId;

    @Column(name = "network_id")
    private @Nullable Long networkId;

    @Column(name = "participant_count")
    private @Nullable Integer participantCount;

    @Column(length = 300)
    private @Nullable String interpreter;

    @Column(length = 1000)
    private @Nullable String press;

    @Column(name = "golden_book_date")
    private @Nullable LocalDate goldenBookDate;

    @Column(name = "golden_book_signers", length = 500)
    private @Nullable String goldenBookSigners;

    @Column(name = "requested_by", length = 500)
    private @Nullable String requestedBy;

    @Column
    private @Nullable LocalDate deadline;

    @ElementCollection
    @CollectionTable(name = "visit_person", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<VisitPerson> people = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_programme_item", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<ProgrammeItem> programme = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_news", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "news_id")
    private Set<Long> newsIds = new HashSet<>();

    protected Visit() {}

    /** A new visit from a checked form. */
    Visit(VisitEdit edit, String sourceLanguage) {
        super(edit.getSlug());
        this.title = TranslatedText.of(sourceLanguage, edit.getTitle());
        apply(edit, sourceLanguage);
    }

    /** Takes over what an editor changed; the form has been checked by the service. */
    void apply(VisitEdit edit, String sourceLanguage) {
        title.edit(sourceLanguage, edit.getTitle());
        this.purpose = TranslatedText.edit(purpose, sourceLanguage, edit.getPurpose());
        this.kind = edit.getKind();
        this.direction = edit.getDirection();
        this.state = edit.getState();
        this.startDate = edit.getStartDate();
        this.endDate = edit.getEndDate() == null ? edit.getStartDate() : edit.getEndDate();
        this.place = EditChecks.tidy(edit.getPlace());
        this.cityId = edit.getCityId();
        this.networkId = edit.getNetworkId();
        this.participantCount = edit.getParticipantCount();
        this.interpreter = EditChecks.tidy(edit.getInterpreter());
        this.press = EditChecks.tidy(edit.getPress());
        this.goldenBookDate = edit.getGoldenBookDate();
        this.goldenBookSigners = EditChecks.tidy(edit.getGoldenBookSigners());
        this.requestedBy = EditChecks.tidy(edit.getRequestedBy());
        this.deadline = edit.getDeadline();
        this.people = new ArrayList<>(edit.getPeople().stream()
                .filter(person -> !person.isBlank())
                .map(VisitPerson::new)
                .toList());
        this.programme = new ArrayList<>(
                edit.getProgramme().stream().map(ProgrammeItem::new).toList());
        this.newsIds = new HashSet<>(edit.getNewsIds());
        applyForm(edit, sourceLanguage);
    }

    TranslatedText getTitle() {
        return title;
    }

    @Nullable
    TranslatedText getPurpose() {
        return purpose;
    }

    VisitKind getKind() {
        return kind;
    }

    VisitDirection getDirection() {
        return direction;
    }

    VisitState getState() {
        return state;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    @Nullable
    String getPlace() {
        return place;
    }

    @Nullable
    Long getCityId() {
        return cityId;
    }

    @Nullable
    Long getNetworkId() {
        return networkId;
    }

    @Nullable
    Integer getParticipantCount() {
        return participantCount;
    }

    @Nullable
    String getInterpreter() {
        return interpreter;
    }

    @Nullable
    String getPress() {
        return press;
    }

    @Nullable
    LocalDate getGoldenBookDate() {
        return goldenBookDate;
    }

    @Nullable
    String getGoldenBookSigners() {
        return goldenBookSigners;
    }

    @Nullable
    String getRequestedBy() {
        return requestedBy;
    }

    @Nullable
    LocalDate getDeadline() {
        return deadline;
    }

    List<VisitPersonEdit> getPeople() {
        return people.stream().map(VisitPerson::edit).toList();
    }

    List<ProgrammeItemEdit> getProgramme() {
        return programme.stream().map(ProgrammeItem::edit).toList();
    }

    Set<Long> getNewsIds() {
        return Set.copyOf(newsIds);
    }

    @Override
    public ContentType contentType() {
        return ContentType.VISIT;
    }

    @Override
    public TranslatedText searchTitle() {
        return title;
    }

    /**
     * The purpose, and the people, places and programme as one text in the source language (names are the same
     * in every language), so that staff find a visit by a guest's name.
     */
    @Override
    public List<TranslatedText> searchTexts() {
        List<TranslatedText> texts = new ArrayList<>();
        if (purpose != null) {
            texts.add(purpose);
        }
        texts.addAll(sameInEveryLanguage(
                title,
                Stream.concat(
                        Stream.of(place, goldenBookSigners, interpreter),
                        Stream.concat(
                                people.stream()
                                        .map(VisitPerson::edit)
                                        .flatMap(person -> Stream.of(person.name(), person.function(), person.city())),
                                programme.stream()
                                        .map(ProgrammeItem::edit)
                                        .flatMap(item -> Stream.of(item.place(), item.what()))))));
        return texts;
    }

    @Override
    public Integer searchYear() {
        return startDate.getYear();
    }
}
