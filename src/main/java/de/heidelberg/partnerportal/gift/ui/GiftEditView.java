package de.heidelberg.partnerportal.gift.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.gift.GiftDirection;
import de.heidelberg.partnerportal.gift.GiftEdit;
import de.heidelberg.partnerportal.gift.GiftService;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.editor.EditorFields;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.FieldValues;
import de.heidelberg.partnerportal.ui.editor.ImageField;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The editor of a gift at {@code /edit/gifts/{slug}} ({@code /edit/gifts/new} for a new one). */
@Route("edit/gifts")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
public class GiftEditView extends EditorPage<GiftEdit> {

    private final ImageService images;

    public GiftEditView(GiftService gifts, ImageService images, EditorServices services) {
        super(GiftService.TYPE, "nav.gifts", GiftEdit.class, gifts, services);
        this.images = images;
    }

    @Override
    protected TextEdit heading(GiftEdit form) {
        return form.getDescription();
    }

    @Override
    protected Component form(GiftEdit form, EditorFields<GiftEdit> fields) {
        Select<GiftDirection> direction = new Select<>();
        direction.setLabel(getTranslation(GiftEdit.DIRECTION.key()));
        direction.setItems(GiftDirection.values());
        direction.setItemLabelGenerator(value -> getTranslation("gifts.direction." + value.name()));
        fields.choice(direction, getTranslation("visits.error.choice", getTranslation(GiftEdit.DIRECTION.key())))
                .bind(GiftEdit::getDirection, GiftEdit::setDirection);
        DatePicker date = new DatePicker(getTranslation(GiftEdit.GIVEN_ON.key()));
        date.setLocale(getLocale());
        fields.binder()
                .forField(date)
                .asRequired(getTranslation("gifts.error.date", getTranslation(GiftEdit.GIVEN_ON.key())))
                .bind(GiftEdit::getGivenOn, GiftEdit::setGivenOn);
        TextField giver = text(GiftEdit.GIVER, GiftService.NAME_LENGTH);
        fields.binder()
                .forField(giver)
                .asRequired(getTranslation("gifts.error.name", getTranslation(GiftEdit.GIVER.key())))
                .bind(GiftEdit::getGiver, GiftEdit::setGiver);
        TextField receiver = text(GiftEdit.RECEIVER, GiftService.NAME_LENGTH);
        fields.binder()
                .forField(receiver)
                .asRequired(getTranslation("gifts.error.name", getTranslation(GiftEdit.RECEIVER.key())))
                .bind(GiftEdit::getReceiver, GiftEdit::setReceiver);
        TextField occasion = text(GiftEdit.OCCASION, GiftService.OCCASION_LENGTH);
        fields.binder().forField(occasion).bind(GiftEdit::getOccasion, GiftEdit::setOccasion);
        TextField keptAt = text(GiftEdit.KEPT_AT, GiftService.NAME_LENGTH);
        keptAt.setHelperText(getTranslation(GiftEdit.KEPT_AT.helpKey()));
        fields.binder().forField(keptAt).bind(GiftEdit::getKeptAt, GiftEdit::setKeptAt);
        ComboBox<Long> city = fields.linkChoice(GiftEdit.CITY_ID, ContentType.PARTNER_CITY);
        fields.binder().forField(city).bind(GiftEdit::getCityId, GiftEdit::setCityId);
        ComboBox<Long> visit = fields.linkChoice(GiftEdit.VISIT_ID, ContentType.VISIT);
        fields.binder().forField(visit).bind(GiftEdit::getVisitId, GiftEdit::setVisitId);
        ImageField photo = new ImageField(getTranslation(GiftEdit.IMAGE_ID.key()), images);
        fields.binder().forField(photo).bind(GiftEdit::getImageId, GiftEdit::setImageId);
        return fields.layout(
                List.of(fields.slug(), direction, date, giver, receiver, occasion, keptAt, city, visit, photo),
                fields.translated(
                        GiftEdit.DESCRIPTION,
                        LINE,
                        true,
                        TranslatedText.MAX_LINE_LENGTH,
                        GiftEdit::getDescription,
                        GiftEdit::setDescription));
    }

    private TextField text(FieldKey field, int maxLength) {
        TextField input = new TextField(getTranslation(field.key()));
        input.setMaxLength(maxLength);
        return input;
    }

    @Override
    protected FieldValues values(GiftEdit form, EditorFields<GiftEdit> fields) {
        return fields.values()
                .add(
                        GiftEdit.DIRECTION,
                        form.getDirection() == null
                                ? null
                                : getTranslation(
                                        "gifts.direction." + form.getDirection().name()))
                .addDate(GiftEdit.GIVEN_ON, form.getGivenOn())
                .add(GiftEdit.GIVER, form.getGiver())
                .add(GiftEdit.RECEIVER, form.getReceiver())
                .add(GiftEdit.OCCASION, form.getOccasion())
                .add(GiftEdit.KEPT_AT, form.getKeptAt())
                .add(
                        GiftEdit.CITY_ID,
                        form.getCityId() == null
                                ? null
                                : fields.linkTitles(List.of(form.getCityId()), ContentType.PARTNER_CITY))
                .add(
                        GiftEdit.VISIT_ID,
                        form.getVisitId() == null
                                ? null
                                : fields.linkTitles(List.of(form.getVisitId()), ContentType.VISIT))
                .add(GiftEdit.IMAGE_ID, form.getImageId())
                .add(GiftEdit.DESCRIPTION, form.getDescription());
    }
}
