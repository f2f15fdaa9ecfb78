package de.heidelberg.partnerportal.visit;

import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.Countries;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The checks of a visit's form, with the same limits as the database; each refusal names its field. */
public final class VisitChecks {

    public static final int PLACE_LENGTH = 200;
    public static final int INTERPRETER_LENGTH = 300;
    public static final int PRESS_LENGTH = 1000;
    public static final int SIGNERS_LENGTH = 500;
    public static final int REQUESTED_BY_LENGTH = 500;
    public static final int NAME_LENGTH = 200;
    public static final int FUNCTION_LENGTH = 300;
    public static final int PERSON_CITY_LENGTH = 200;
    public static final int ITEM_PLACE_LENGTH = 300;
    public static final int ITEM_LENGTH = 1000;
    public static final int MAX_PARTICIPANTS = 100_000;

    private VisitChecks() {}

    static void check(VisitEdit edit, String source) {
        EditChecks.required(edit.getTitle(), source, VisitEdit.TITLE, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.optional(edit.getPurpose(), source, VisitEdit.PURPOSE, TranslatedText.MAX_LENGTH);
        if (edit.getKind() == null || edit.getDirection() == null || edit.getState() == null) {
            throw ContentEditException.forField("visits.error.choice", VisitEdit.STATE);
        }
        if (edit.getStartDate() == null) {
            throw ContentEditException.forField("visits.error.start", VisitEdit.START_DATE);
        }
        if (edit.getEndDate() != null && edit.getEndDate().isBefore(edit.getStartDate())) {
            throw ContentEditException.forField("visits.error.end-before-start", VisitEdit.END_DATE);
        }
        if (edit.getParticipantCount() != null
                && (edit.getParticipantCount() < 0 || edit.getParticipantCount() > MAX_PARTICIPANTS)) {
            throw ContentEditException.forField("visits.error.participants", VisitEdit.PARTICIPANT_COUNT);
        }
        length(edit.getPlace(), PLACE_LENGTH, VisitEdit.PLACE);
        length(edit.getInterpreter(), INTERPRETER_LENGTH, VisitEdit.INTERPRETER);
        length(edit.getPress(), PRESS_LENGTH, VisitEdit.PRESS);
        length(edit.getGoldenBookSigners(), SIGNERS_LENGTH, VisitEdit.GOLDEN_BOOK_SIGNERS);
        length(edit.getRequestedBy(), REQUESTED_BY_LENGTH, VisitEdit.REQUESTED_BY);
        boolean signers = edit.getGoldenBookSigners() != null
                && !edit.getGoldenBookSigners().isBlank();
        if (signers != (edit.getGoldenBookDate() != null)) {
            throw ContentEditException.forField("visits.error.golden-book", VisitEdit.GOLDEN_BOOK_DATE);
        }
        people(edit.getPeople());
        programme(edit.getProgramme());
    }

    private static void people(List<VisitPersonEdit> people) {
        for (int index = 0; index < people.size(); index++) {
            VisitPersonEdit person = people.get(index);
            if (person.isBlank()) {
                continue;
            }
            FieldKey field = VisitEdit.PEOPLE.at(index);
            if (person.name() == null || person.name().isBlank()) {
                throw ContentEditException.forField("visits.error.person-name", field);
            }
            length(person.name(), NAME_LENGTH, field);
            length(person.function(), FUNCTION_LENGTH, field);
            length(person.city(), PERSON_CITY_LENGTH, field);
            if (person.country() != null && !person.country().isBlank() && !Countries.isCode(person.country())) {
                throw ContentEditException.forField("visits.error.country", field);
            }
        }
    }

    private static void programme(List<ProgrammeItemEdit> items) {
        for (int index = 0; index < items.size(); index++) {
            ProgrammeItemEdit item = items.get(index);
            FieldKey field = VisitEdit.PROGRAMME.at(index);
            if (item.startsAt() == null || item.what() == null || item.what().isBlank()) {
                throw ContentEditException.forField("visits.error.programme-item", field);
            }
            length(item.place(), ITEM_PLACE_LENGTH, field);
            length(item.what(), ITEM_LENGTH, field);
        }
    }

    private static void length(@Nullable String value, int max, FieldKey field) {
        if (value != null && value.strip().length() > max) {
            throw ContentEditException.forField("edit.error.too-long", field, max);
        }
    }
}
