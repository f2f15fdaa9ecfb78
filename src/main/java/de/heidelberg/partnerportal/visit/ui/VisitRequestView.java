package de.heidelberg.partnerportal.visit.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ListField;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.visit.VisitChecks;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitKind;
import de.heidelberg.partnerportal.visit.VisitPersonEdit;
import de.heidelberg.partnerportal.visit.VisitRequest;
import de.heidelberg.partnerportal.visit.VisitService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The visit request form at {@code /visits/request}: what the protocol needs to decide on a visit and plan it (who
 * asks, who comes, when, why, how many, programme wishes, interpreter, press, Golden Book, by when an answer is
 * needed). Any city staff member may send it; it becomes a requested visit in the register for the office to plan.
 */
@Route(VisitRequestView.ROUTE)
@RolesAllowed(Role.Names.STAFF)
public class VisitRequestView extends ContentPage {

    static final String ROUTE = "visits/request";
    public static final String PATH = "/" + ROUTE;

    private final VisitService visits;
    private final TextField title = new TextField();
    private final Select<VisitKind> kind = new Select<>();
    private final Select<VisitDirection> direction = new Select<>();
    private final ComboBox<ContentLink> city = new ComboBox<>();
    private final ComboBox<ContentLink> network = new ComboBox<>();
    private final TextField place = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final IntegerField participants = new IntegerField();
    private final ListField<VisitPersonEdit> people;
    private final TextArea purpose = new TextArea();
    private final TextArea wishes = new TextArea();
    private final Checkbox interpreter = new Checkbox();
    private final Checkbox press = new Checkbox();
    private final Checkbox goldenBook = new Checkbox();
    private final TextField requestedBy = new TextField();
    private final DatePicker answerBy = new DatePicker();
    private final Span status = new Span();

    public VisitRequestView(VisitService visits, ContentLinks links, Readers readers) {
        super(VisitService.TYPE, "nav.visits");
        this.visits = visits;
        Reader reader = readers.current(getLocale());
        setPageHeading(getTranslation("visits.request.title"));
        addClassName("visit-request");
        add(new H1(getTranslation("visits.request.title")));
        Paragraph intro = new Paragraph(getTranslation("visits.request.intro"));
        intro.addClassName("lead");
        add(intro);

        label(title, "visits.field.title");
        title.setMaxLength(500);
        title.setRequired(true);
        kind.setLabel(getTranslation("visits.field.kind"));
        kind.setItems(VisitKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("visits.kind." + value.name()));
        kind.setValue(VisitKind.DELEGATION);
        direction.setLabel(getTranslation("visits.field.direction"));
        direction.setItems(VisitDirection.values());
        direction.setItemLabelGenerator(value -> getTranslation("visits.direction." + value.name()));
        direction.setValue(VisitDirection.INCOMING);
        links(city, "visits.field.city", links.all(ContentType.PARTNER_CITY, reader));
        links(network, "visits.field.network", links.all(ContentType.NETWORK, reader));
        label(place, "visits.field.place");
        place.setMaxLength(VisitChecks.PLACE_LENGTH);
        label(start, "visits.field.start");
        start.setRequired(true);
        label(end, "visits.field.end");
        start.setLocale(getLocale());
        end.setLocale(getLocale());
        label(participants, "visits.field.participants");
        participants.setMin(0);
        participants.setMax(VisitChecks.MAX_PARTICIPANTS);
        Map<Long, String> contacts = new LinkedHashMap<>();
        links.all(ContentType.CONTACT, reader)
                .forEach(link -> contacts.put(link.id(), link.title().text()));
        people = new ListField<>(
                getTranslation("visits.field.people"),
                getTranslation("visits.person.add"),
                getTranslation("visits.person.remove"),
                () -> VisitPersonEdit.EMPTY,
                (person, index, changed) ->
                        new VisitPersonRow(person, changed, contacts, getLocale(), this::getTranslation));
        people.setValue(new ArrayList<>(List.of(VisitPersonEdit.EMPTY)));
        label(purpose, "visits.field.purpose");
        purpose.setRequired(true);
        purpose.setMaxLength(5000);
        label(wishes, "visits.request.programme");
        wishes.setHelperText(getTranslation("visits.request.programme.help"));
        wishes.setMaxLength(5000);
        interpreter.setLabel(getTranslation("visits.request.interpreter"));
        press.setLabel(getTranslation("visits.request.press"));
        goldenBook.setLabel(getTranslation("visits.request.golden-book"));
        label(requestedBy, "visits.field.requested-by");
        requestedBy.setHelperText(getTranslation("visits.request.requested-by.help"));
        requestedBy.setMaxLength(VisitChecks.REQUESTED_BY_LENGTH);
        requestedBy.setRequired(true);
        label(answerBy, "visits.request.answer-by");
        answerBy.setLocale(getLocale());

        FormLayout facts = new FormLayout(
                title, kind, direction, city, network, place, start, end, participants, requestedBy, answerBy);
        FormLayout wishesLayout = new FormLayout(purpose, wishes, interpreter, press, goldenBook);
        Button send = new Button(getTranslation("visits.request.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("save");
        status.addClassName("editor-status");
        status.getElement().setAttribute("role", "status");
        Div actions = new Div(send, status);
        actions.addClassName("editor-actions");
        add(facts, people, wishesLayout, actions);
    }

    private void label(HasValue<?, ?> field, String key) {
        ((HasLabel) field).setLabel(getTranslation(key));
    }

    private void links(ComboBox<ContentLink> box, String key, List<ContentLink> items) {
        box.setLabel(getTranslation(key));
        box.setItems(items);
        box.setItemLabelGenerator(link -> link.title().text());
        box.setClearButtonVisible(true);
    }

    private void send() {
        boolean complete = required(title, title.getValue().isBlank())
                & required(start, start.getValue() == null)
                & required(purpose, purpose.getValue().isBlank())
                & required(requestedBy, requestedBy.getValue().isBlank());
        if (!complete || start.isInvalid() || end.isInvalid() || participants.isInvalid()) {
            status.setText(getTranslation("edit.error.check-fields"));
            return;
        }
        try {
            String slug = visits.request(new VisitRequest(
                    title.getValue().strip(),
                    kind.getValue(),
                    direction.getValue(),
                    start.getValue(),
                    end.getValue(),
                    id(city.getValue()),
                    id(network.getValue()),
                    place.getValue(),
                    participants.getValue(),
                    people.getValue(),
                    purpose.getValue().strip(),
                    wishes.getValue(),
                    interpreter.getValue(),
                    press.getValue(),
                    goldenBook.getValue(),
                    requestedBy.getValue().strip(),
                    answerBy.getValue()));
            Notification.show(getTranslation("visits.request.sent"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(VisitService.TYPE.path().substring(1) + "/" + slug));
        } catch (ContentEditException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments(this::getTranslation));
            status.setText(message);
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Marks a required field that is empty; true when it is filled. */
    private boolean required(HasValue<?, ?> field, boolean empty) {
        var validatable = (HasValidation) field;
        validatable.setInvalid(empty);
        validatable.setErrorMessage(empty ? getTranslation("visits.request.required") : null);
        return !empty;
    }

    private static @Nullable Long id(@Nullable ContentLink link) {
        return link == null ? null : link.id();
    }
}
