package de.heidelberg.partnerportal.news.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.PLAIN_TEXT;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.news.NewsEdit;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.editor.EditorFields;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.FieldValues;
import de.heidelberg.partnerportal.ui.editor.ImageField;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The editor of a news item at {@code /edit/news/{slug}}, or of a new one at {@code /edit/news/new}. */
@Route("edit/news")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
public class NewsEditView extends EditorPage<NewsEdit> {

    private final ImageService images;

    public NewsEditView(NewsService news, ImageService images, EditorServices services) {
        super(ContentType.NEWS, "nav.news", NewsEdit.class, news, services);
        this.images = images;
    }

    @Override
    protected TextEdit heading(NewsEdit form) {
        return form.getTitle();
    }

    @Override
    protected Component form(NewsEdit form, EditorFields<NewsEdit> fields) {
        TextField slug = fields.slug();

        DatePicker date = new DatePicker(getTranslation(NewsEdit.DATE.key()));
        date.setLocale(getLocale());
        fields.binder().forField(date).bind(NewsEdit::getDate, NewsEdit::setDate);
        IntegerField year = new IntegerField(getTranslation(NewsEdit.YEAR.key()));
        year.setHelperText(getTranslation(NewsEdit.YEAR.helpKey()));
        fields.binder()
                .forField(year)
                .withValidator(
                        value -> date.getValue() != null || (value != null && value >= 1900 && value <= 2999),
                        getTranslation("edit.error.date"))
                .bind(NewsEdit::getYear, NewsEdit::setYear);

        MultiSelectComboBox<Long> cities = fields.linkPicker(NewsEdit.CITIES, ContentType.PARTNER_CITY);
        fields.binder().forField(cities).bind(NewsEdit::getCityIds, NewsEdit::setCityIds);
        MultiSelectComboBox<Long> networks = fields.linkPicker(NewsEdit.NETWORKS, ContentType.NETWORK);
        fields.binder().forField(networks).bind(NewsEdit::getNetworkIds, NewsEdit::setNetworkIds);

        ImageField image = new ImageField(getTranslation(NewsEdit.IMAGE.key()), images);
        fields.binder().forField(image).bind(NewsEdit::getImageId, NewsEdit::setImageId);
        // a picture nobody can see must be described to everyone, in their language
        var imageAlt = fields.translated(
                NewsEdit.IMAGE_ALT,
                LINE,
                false,
                TranslatedText.MAX_LINE_LENGTH,
                NewsEdit::getImageAlt,
                NewsEdit::setImageAlt,
                alt -> image.getValue() == null
                        || fields.languages().stream()
                                .noneMatch(language ->
                                        alt.text(language.getLanguage()).isBlank()),
                getTranslation("news.error.image-alt", getTranslation(NewsEdit.IMAGE_ALT.key())));
        imageAlt.setHelperText(getTranslation(NewsEdit.IMAGE_ALT.helpKey()));

        return fields.layout(
                List.of(slug, date, year, cities, networks),
                fields.translated(
                        NewsEdit.TITLE,
                        LINE,
                        true,
                        TranslatedText.MAX_LINE_LENGTH,
                        NewsEdit::getTitle,
                        NewsEdit::setTitle),
                fields.translated(
                        NewsEdit.TEASER,
                        PLAIN_TEXT,
                        true,
                        TranslatedText.MAX_LENGTH,
                        NewsEdit::getTeaser,
                        NewsEdit::setTeaser),
                fields.translated(
                        NewsEdit.BODY, MARKDOWN, true, TranslatedText.MAX_LENGTH, NewsEdit::getBody, NewsEdit::setBody),
                image,
                imageAlt,
                fields.translated(
                        NewsEdit.IMAGE_CAPTION,
                        LINE,
                        false,
                        TranslatedText.MAX_LINE_LENGTH,
                        NewsEdit::getImageCaption,
                        NewsEdit::setImageCaption));
    }

    @Override
    protected FieldValues values(NewsEdit form, EditorFields<NewsEdit> fields) {
        return fields.values()
                .addDate(NewsEdit.DATE, form.getDate())
                .add(NewsEdit.YEAR, form.getYear())
                .add(NewsEdit.CITIES, fields.linkTitles(form.getCityIds(), ContentType.PARTNER_CITY))
                .add(NewsEdit.NETWORKS, fields.linkTitles(form.getNetworkIds(), ContentType.NETWORK))
                .add(NewsEdit.TITLE, form.getTitle())
                .add(NewsEdit.TEASER, form.getTeaser())
                .add(NewsEdit.BODY, form.getBody())
                .add(
                        NewsEdit.IMAGE,
                        form.getImageId() == null ? null : getTranslation("image.preview") + " " + form.getImageId())
                .add(NewsEdit.IMAGE_ALT, form.getImageAlt())
                .add(NewsEdit.IMAGE_CAPTION, form.getImageCaption());
    }
}
