package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A visit as an editor's form holds it. */
public class VisitEdit extends ContentForm {

    // the form's fields, by the translation keys of their names
    public static final FieldKey TITLE = new FieldKey("visits.field.title");
    public static final FieldKey PURPOSE = new FieldKey("visits.field.purpose");
    public static final FieldKey KIND = new FieldKey("visits.field.kind");
    public static final FieldKey DIRECTION = new FieldKey("visits.field.direction");
    public static final FieldKey STATE = new FieldKey("visits.field.state");
    public static final FieldKey START_DATE = new FieldKey("visits.field.start");
    public static final FieldKey END_DATE = new FieldKey("visits.field.end");
    public static final FieldKey PLACE = new FieldKey("visits.field.place");
    public static final FieldKey CITY_ID = new FieldKey("visits.field.city");
    public static final FieldKey NETWORK_ID = new FieldKey("visits.field.network");
    public static final FieldKey PARTICIPANT_COUNT = new FieldKey("visits.field.participants");
    public static final FieldKey INTERPRETER = new FieldKey("visits.field.interpreter");
    public static final FieldKey PRESS = new FieldKey("visits.field.press");
    public static final FieldKey GOLDEN_BOOK_DATE = new FieldKey("visits.field.golden-book-date");
    public static final FieldKey GOLDEN_BOOK_SIGNERS = new FieldKey("visits.field.golden-book-signers");
    public static final FieldKey REQUESTED_BY = new FieldKey("visits.field.requested-by");
    public static final FieldKey DEADLINE = new FieldKey("visits.field.deadline");
    public static final FieldKey PEOPLE = new FieldKey("visits.field.people");
    public static final FieldKey PROGRAMME = new FieldKey("visits.field.programme");
    public static final FieldKey NEWS_IDS = new FieldKey("visits.field.news");

    private TextEdit title = TextEdit.EMPTY;
    private TextEdit purpose = TextEdit.EMPTY;
    private VisitKind kind = VisitKind.DELEGATION;
    private VisitDirection direction = VisitDirection.INCOMING;
    private VisitState state = VisitState.REQUESTED;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable String place;
    private @Nullable Long cityId;
    private @Nullable Long networkId;
    private @Nullable Integer participantCount;
    private @Nullable String interpreter;
    private @Nullable String press;
    private @Nullable LocalDate goldenBookDate;
    private @Nullable String goldenBookSigners;
    private @Nullable String requestedBy;
    private @Nullable LocalDate deadline;
    private List<VisitPersonEdit> people = new ArrayList<>();
    private List<ProgrammeItemEdit> programme = new ArrayList<>();
    private Set<Long> newsIds = new HashSet<>();

    @Override
    public VisitEdit copy() {
        VisitEdit copy = new VisitEdit();
        copyInto(copy);
        copy.title = title;
        copy.purpose = purpose;
        copy.kind = kind;
        copy.direction = direction;
        copy.state = state;
        copy.startDate = startDate;
        copy.endDate = endDate;
        copy.place = place;
        copy.cityId = cityId;
        copy.networkId = networkId;
        copy.participantCount = participantCount;
        copy.interpreter = interpreter;
        copy.press = press;
        copy.goldenBookDate = goldenBookDate;
        copy.goldenBookSigners = goldenBookSigners;
        copy.requestedBy = requestedBy;
        copy.deadline = deadline;
        copy.people = new ArrayList<>(people);
        copy.programme = new ArrayList<>(programme);
        copy.newsIds = new HashSet<>(newsIds);
        return copy;
    }

    public TextEdit getTitle() {
        return title;
    }

    public void setTitle(TextEdit title) {
        this.title = title;
    }

    public TextEdit getPurpose() {
        return purpose;
    }

    public void setPurpose(TextEdit purpose) {
        this.purpose = purpose;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public VisitDirection getDirection() {
        return direction;
    }

    public void setDirection(VisitDirection direction) {
        this.direction = direction;
    }

    public VisitState getState() {
        return state;
    }

    public void setState(VisitState state) {
        this.state = state;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable Long getCityId() {
        return cityId;
    }

    public void setCityId(@Nullable Long cityId) {
        this.cityId = cityId;
    }

    public @Nullable Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(@Nullable Long networkId) {
        this.networkId = networkId;
    }

    public @Nullable Integer getParticipantCount() {
        return participantCount;
    }

    public void setParticipantCount(@Nullable Integer participantCount) {
        this.participantCount = participantCount;
    }

    public @Nullable String getInterpreter() {
        return interpreter;
    }

    public void setInterpreter(@Nullable String interpreter) {
        this.interpreter = interpreter;
    }

    public @Nullable String getPress() {
        return press;
    }

    public void setPress(@Nullable String press) {
        this.press = press;
    }

    public @Nullable LocalDate getGoldenBookDate() {
        return goldenBookDate;
    }

    public void setGoldenBookDate(@Nullable LocalDate goldenBookDate) {
        this.goldenBookDate = goldenBookDate;
    }

    public @Nullable String getGoldenBookSigners() {
        return goldenBookSigners;
    }

    public void setGoldenBookSigners(@Nullable String goldenBookSigners) {
        this.goldenBookSigners = goldenBookSigners;
    }

    public @Nullable String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(@Nullable String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public @Nullable LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<VisitPersonEdit> getPeople() {
        return people;
    }

    public void setPeople(List<VisitPersonEdit> people) {
        this.people = new ArrayList<>(people);
    }

    public List<ProgrammeItemEdit> getProgramme() {
        return programme;
    }

    public void setProgramme(List<ProgrammeItemEdit> programme) {
        this.programme = new ArrayList<>(programme);
    }

    public Set<Long> getNewsIds() {
        return newsIds;
    }

    public void setNewsIds(Set<Long> newsIds) {
        this.newsIds = new HashSet<>(newsIds);
    }
}
