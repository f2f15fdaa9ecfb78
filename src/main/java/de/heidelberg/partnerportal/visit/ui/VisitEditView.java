package de.heidelberg.partnerportal.visit.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.gift.GiftList;
import de.heidelberg.partnerportal.gift.GiftService;
import de.heidelberg.partnerportal.gift.GiftSummary;
import de.heidelberg.partnerportal.i18n.Countries;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.editor.EditorFields;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.FieldValues;
import de.heidelberg.partnerportal.visit.ProgrammeItemEdit;
import de.heidelberg.partnerportal.visit.VisitChecks;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitEdit;
import de.heidelberg.partnerportal.visit.VisitKind;
import de.heidelberg.partnerportal.visit.VisitPersonEdit;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The editor of a visit at {@code /edit/visits/{slug}} ({@code /edit/visits/new} for a new one): facts, people,
 * programme, Golden Book, linked news, title and purpose in every language. Beside it, the gifts the city gave
 * before to the visit's partner city or to its people, so that nothing is given twice.
 */
@Route("edit/visits")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
public class VisitEditView extends EditorPage<VisitEdit> {

    private final GiftService gifts;
    private final EditorServices services;

    public VisitEditView(VisitService visits, GiftService gifts, EditorServices services) {
        super(VisitService.TYPE, "nav.visits", VisitEdit.class, visits, services);
        this.gifts = gifts;
        this.services = services;
    }

    @Override
    protected TextEdit heading(VisitEdit form) {
        return form.getTitle();
    }

    @Override
    protected Component form(VisitEdit form, EditorFields<VisitEdit> fields) {
        Select<VisitKind> kind = choice(VisitKind.values(), VisitEdit.KIND, "visits.kind.");
        fields.choice(kind, getTranslation("visits.error.choice", getTranslation(VisitEdit.KIND.key())))
                .bind(VisitEdit::getKind, VisitEdit::setKind);
        Select<VisitDirection> direction = choice(VisitDirection.values(), VisitEdit.DIRECTION, "visits.direction.");
        fields.choice(direction, getTranslation("visits.error.choice", getTranslation(VisitEdit.DIRECTION.key())))
                .bind(VisitEdit::getDirection, VisitEdit::setDirection);
        Select<VisitState> state = choice(VisitState.values(), VisitEdit.STATE, "visits.state.");
        fields.choice(state, getTranslation("visits.error.choice", getTranslation(VisitEdit.STATE.key())))
                .bind(VisitEdit::getState, VisitEdit::setState);

        DatePicker start = date(VisitEdit.START_DATE);
        fields.binder()
                .forField(start)
                .asRequired(getTranslation("visits.error.start", getTranslation(VisitEdit.START_DATE.key())))
                .bind(VisitEdit::getStartDate, VisitEdit::setStartDate);
        DatePicker end = date(VisitEdit.END_DATE);
        end.setHelperText(getTranslation(VisitEdit.END_DATE.helpKey()));
        fields.binder()
                .forField(end)
                .withValidator(
                        value -> value == null || start.getValue() == null || !value.isBefore(start.getValue()),
                        getTranslation("visits.error.end-before-start", getTranslation(VisitEdit.END_DATE.key())))
                .bind(VisitEdit::getEndDate, VisitEdit::setEndDate);
        TextField place = text(VisitEdit.PLACE, VisitChecks.PLACE_LENGTH);
        fields.binder().forField(place).bind(VisitEdit::getPlace, VisitEdit::setPlace);
        ComboBox<Long> city = fields.linkChoice(VisitEdit.CITY_ID, ContentType.PARTNER_CITY);
        fields.binder().forField(city).bind(VisitEdit::getCityId, VisitEdit::setCityId);
        ComboBox<Long> network = fields.linkChoice(VisitEdit.NETWORK_ID, ContentType.NETWORK);
        fields.binder().forField(network).bind(VisitEdit::getNetworkId, VisitEdit::setNetworkId);
        IntegerField participants = new IntegerField(getTranslation(VisitEdit.PARTICIPANT_COUNT.key()));
        participants.setHelperText(getTranslation(VisitEdit.PARTICIPANT_COUNT.helpKey()));
        participants.setMin(0);
        fields.binder()
                .forField(participants)
                .withValidator(
                        count -> count == null || (count >= 0 && count <= VisitChecks.MAX_PARTICIPANTS),
                        getTranslation("visits.error.participants", getTranslation(VisitEdit.PARTICIPANT_COUNT.key())))
                .bind(VisitEdit::getParticipantCount, VisitEdit::setParticipantCount);
        TextField interpreter = text(VisitEdit.INTERPRETER, VisitChecks.INTERPRETER_LENGTH);
        fields.binder().forField(interpreter).bind(VisitEdit::getInterpreter, VisitEdit::setInterpreter);
        TextField press = text(VisitEdit.PRESS, VisitChecks.PRESS_LENGTH);
        fields.binder().forField(press).bind(VisitEdit::getPress, VisitEdit::setPress);
        DatePicker goldenBookDate = date(VisitEdit.GOLDEN_BOOK_DATE);
        fields.binder().forField(goldenBookDate).bind(VisitEdit::getGoldenBookDate, VisitEdit::setGoldenBookDate);
        TextField signers = text(VisitEdit.GOLDEN_BOOK_SIGNERS, VisitChecks.SIGNERS_LENGTH);
        fields.binder()
                .forField(signers)
                .withValidator(
                        value -> (value == null || value.isBlank()) == (goldenBookDate.getValue() == null),
                        getTranslation("visits.error.golden-book", getTranslation(VisitEdit.GOLDEN_BOOK_DATE.key())))
                .bind(VisitEdit::getGoldenBookSigners, VisitEdit::setGoldenBookSigners);
        TextField requestedBy = text(VisitEdit.REQUESTED_BY, VisitChecks.REQUESTED_BY_LENGTH);
        fields.binder().forField(requestedBy).bind(VisitEdit::getRequestedBy, VisitEdit::setRequestedBy);
        DatePicker deadline = date(VisitEdit.DEADLINE);
        deadline.setHelperText(getTranslation(VisitEdit.DEADLINE.helpKey()));
        fields.binder().forField(deadline).bind(VisitEdit::getDeadline, VisitEdit::setDeadline);
        MultiSelectComboBox<Long> news = fields.linkPicker(VisitEdit.NEWS_IDS, ContentType.NEWS);
        fields.binder().forField(news).bind(VisitEdit::getNewsIds, VisitEdit::setNewsIds);

        var contacts = fields.linkOptions(ContentType.CONTACT);
        ListField<VisitPersonEdit> people = new ListField<>(
                getTranslation(VisitEdit.PEOPLE.key()),
                getTranslation("visits.person.add"),
                getTranslation("visits.person.remove"),
                () -> VisitPersonEdit.EMPTY,
                (person, index, changed) ->
                        new VisitPersonRow(person, changed, contacts, getLocale(), this::getTranslation));
        people.addClassName("visit-people-field");
        fields.binder()
                .forField(people)
                .withValidator(
                        list -> list.stream()
                                .allMatch(person -> person.isBlank()
                                        || (person.name() != null
                                                && !person.name().isBlank())),
                        getTranslation("visits.error.person-name", getTranslation(VisitEdit.PEOPLE.key())))
                .bind(VisitEdit::getPeople, VisitEdit::setPeople);
        ListField<ProgrammeItemEdit> programme = new ListField<>(
                getTranslation(VisitEdit.PROGRAMME.key()),
                getTranslation("visits.item.add"),
                getTranslation("visits.item.remove"),
                () -> ProgrammeItemEdit.EMPTY,
                (item, index, changed) -> new ProgrammeItemRow(item, changed, getLocale(), this::getTranslation));
        programme.addClassName("visit-programme-field");
        fields.binder()
                .forField(programme)
                .withValidator(
                        items -> items.stream()
                                .allMatch(item -> item.startsAt() != null
                                        && item.what() != null
                                        && !item.what().isBlank()),
                        getTranslation("visits.error.programme-item", getTranslation(VisitEdit.PROGRAMME.key())))
                .bind(VisitEdit::getProgramme, VisitEdit::setProgramme);

        Section givenBefore = givenBefore();
        // while the form is read in, the people may not be there yet
        Runnable showGifts =
                () -> showGifts(givenBefore, city.getValue(), Objects.requireNonNullElse(people.getValue(), List.of()));
        city.addValueChangeListener(change -> showGifts.run());
        people.addValueChangeListener(change -> showGifts.run());
        showGifts(givenBefore, form.getCityId(), form.getPeople());

        Component layout = fields.layout(
                List.of(
                        fields.slug(),
                        kind,
                        direction,
                        state,
                        start,
                        end,
                        city,
                        network,
                        place,
                        participants,
                        interpreter,
                        press,
                        goldenBookDate,
                        signers,
                        requestedBy,
                        deadline,
                        news),
                fields.translated(
                        VisitEdit.TITLE,
                        LINE,
                        true,
                        TranslatedText.MAX_LINE_LENGTH,
                        VisitEdit::getTitle,
                        VisitEdit::setTitle),
                fields.translated(
                        VisitEdit.PURPOSE,
                        MARKDOWN,
                        false,
                        TranslatedText.MAX_LENGTH,
                        VisitEdit::getPurpose,
                        VisitEdit::setPurpose),
                people,
                programme);
        return new Div(layout, givenBefore);
    }

    private <T extends Enum<T>> Select<T> choice(T[] values, FieldKey field, String labelPrefix) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(field.key()));
        select.setItems(values);
        select.setItemLabelGenerator(value -> getTranslation(labelPrefix + value.name()));
        return select;
    }

    private DatePicker date(FieldKey field) {
        DatePicker picker = new DatePicker(getTranslation(field.key()));
        picker.setLocale(getLocale());
        return picker;
    }

    private TextField text(FieldKey field, int maxLength) {
        TextField input = new TextField(getTranslation(field.key()));
        input.setMaxLength(maxLength);
        return input;
    }

    private Section givenBefore() {
        Section section = new Section();
        section.addClassName("gifts-given-before");
        return section;
    }

    /** The gifts given before to this city or these people, so that the office does not give the same twice. */
    private void showGifts(Section section, Long cityId, List<VisitPersonEdit> people) {
        section.removeAll();
        section.add(new H2(getTranslation("visits.gifts.before")));
        List<GiftSummary> given = gifts.givenBefore(
                cityId,
                people.stream()
                        .map(VisitPersonEdit::name)
                        .filter(Objects::nonNull)
                        .toList(),
                services.readers().current(getLocale()));
        if (given.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("visits.gifts.before.none"));
            none.addClassName("empty-state");
            section.add(none);
        } else {
            section.add(GiftList.of(given, this, getLocale()));
        }
    }

    @Override
    protected FieldValues values(VisitEdit form, EditorFields<VisitEdit> fields) {
        FieldValues values = fields.values()
                .add(VisitEdit.KIND, label("visits.kind.", form.getKind()))
                .add(VisitEdit.DIRECTION, label("visits.direction.", form.getDirection()))
                .add(VisitEdit.STATE, label("visits.state.", form.getState()))
                .addDate(VisitEdit.START_DATE, form.getStartDate())
                .addDate(VisitEdit.END_DATE, form.getEndDate())
                .add(VisitEdit.CITY_ID, ids(form.getCityId(), ContentType.PARTNER_CITY, fields))
                .add(VisitEdit.NETWORK_ID, ids(form.getNetworkId(), ContentType.NETWORK, fields))
                .add(VisitEdit.PLACE, form.getPlace())
                .add(VisitEdit.PARTICIPANT_COUNT, form.getParticipantCount())
                .add(VisitEdit.INTERPRETER, form.getInterpreter())
                .add(VisitEdit.PRESS, form.getPress())
                .addDate(VisitEdit.GOLDEN_BOOK_DATE, form.getGoldenBookDate())
                .add(VisitEdit.GOLDEN_BOOK_SIGNERS, form.getGoldenBookSigners())
                .add(VisitEdit.REQUESTED_BY, form.getRequestedBy())
                .addDate(VisitEdit.DEADLINE, form.getDeadline())
                .add(VisitEdit.NEWS_IDS, fields.linkTitles(form.getNewsIds(), ContentType.NEWS))
                .add(VisitEdit.TITLE, form.getTitle())
                .add(VisitEdit.PURPOSE, form.getPurpose());
        List<VisitPersonEdit> people = form.getPeople();
        for (int index = 0; index < people.size(); index++) {
            VisitPersonEdit person = people.get(index);
            values.add(
                    VisitEdit.PEOPLE.at(index),
                    joined(
                            person.name(),
                            person.function(),
                            person.city(),
                            Countries.name(person.country(), getLocale()),
                            person.contactId() == null
                                    ? null
                                    : fields.linkTitles(List.of(person.contactId()), ContentType.CONTACT)));
        }
        List<ProgrammeItemEdit> items = form.getProgramme();
        for (int index = 0; index < items.size(); index++) {
            ProgrammeItemEdit item = items.get(index);
            values.add(
                    VisitEdit.PROGRAMME.at(index),
                    joined(item.startsAt() == null ? null : item.startsAt().toString(), item.place(), item.what()));
        }
        return values;
    }

    private String ids(Long id, ContentType type, EditorFields<VisitEdit> fields) {
        return id == null ? null : fields.linkTitles(List.of(id), type);
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? null : getTranslation(prefix + value.name());
    }

    private static String joined(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
