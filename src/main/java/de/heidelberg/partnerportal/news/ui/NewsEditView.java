package de.heidelberg.partnerportal.news.ui;

import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.ImageField;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.PLAIN_TEXT;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.news.NewsEdit;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

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
    protected Component form(NewsEdit form) {
        TextField slug = slugField(form);

        DatePicker date = new DatePicker(getTranslation("news.field.date"));
        date.setLocale(getLocale());
        binder.forField(date).bind(NewsEdit::getDate, NewsEdit::setDate);
        IntegerField year = new IntegerField(getTranslation("news.field.year"));
        year.setHelperText(getTranslation("news.field.year.help"));
        binder.forField(year)
                .withValidator(value -> date.getValue() != null || (value != null && value >= 1900 && value <= 2999),
                        getTranslation("edit.error.date"))
                .bind(NewsEdit::getYear, NewsEdit::setYear);

        MultiSelectComboBox<Long> cities = linkPicker("news.related.cities", ContentType.PARTNER_CITY);
        binder.forField(cities).bind(NewsEdit::getCityIds, NewsEdit::setCityIds);
        MultiSelectComboBox<Long> networks = linkPicker("news.related.networks", ContentType.NETWORK);
        binder.forField(networks).bind(NewsEdit::getNetworkIds, NewsEdit::setNetworkIds);

        ImageField image = new ImageField(getTranslation("news.field.image"), images);
        binder.forField(image).bind(NewsEdit::getImageId, NewsEdit::setImageId);
        // a picture nobody can see must be described to everyone, in their language
        var imageAlt = translatedField(form, "news.field.image-alt", LINE, false, TranslatedText.MAX_LINE_LENGTH,
                NewsEdit::getImageAlt, NewsEdit::setImageAlt,
                alt -> image.getValue() == null
                        || languages().stream().noneMatch(language -> alt.text(language.getLanguage()).isBlank()),
                getTranslation("news.error.image-alt", getTranslation("news.field.image-alt")));
        imageAlt.setHelperText(getTranslation("news.field.image-alt.help"));

        return layout(form, List.of(slug, date, year, cities, networks),
                translatedField(form, "news.field.title", LINE, true, TranslatedText.MAX_LINE_LENGTH,
                        NewsEdit::getTitle, NewsEdit::setTitle),
                translatedField(form, "news.field.teaser", PLAIN_TEXT, true, TranslatedText.MAX_LENGTH,
                        NewsEdit::getTeaser, NewsEdit::setTeaser),
                translatedField(form, "news.field.body", MARKDOWN, true, TranslatedText.MAX_LENGTH,
                        NewsEdit::getBody, NewsEdit::setBody),
                image,
                imageAlt,
                translatedField(form, "news.field.image-caption", LINE, false,
                        TranslatedText.MAX_LINE_LENGTH, NewsEdit::getImageCaption, NewsEdit::setImageCaption));
    }

    @Override
    protected Map<String, Object> values(NewsEdit form) {
        return fieldValues(
                "news.field.date", form.getDate() == null ? null
                        : LocalizedFormats.date(form.getDate(), getTranslation("format.date"), getLocale()),
                "news.field.year", form.getYear(),
                "news.related.cities", linkTitles(form.getCityIds(), ContentType.PARTNER_CITY),
                "news.related.networks", linkTitles(form.getNetworkIds(), ContentType.NETWORK),
                "news.field.title", form.getTitle(),
                "news.field.teaser", form.getTeaser(),
                "news.field.body", form.getBody(),
                "news.field.image", form.getImageId() == null ? null : getTranslation("image.preview") + " " + form.getImageId(),
                "news.field.image-alt", form.getImageAlt(),
                "news.field.image-caption", form.getImageCaption());
    }
}
