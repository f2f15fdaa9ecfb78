package de.heidelberg.partnerportal.news.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.PLAIN_TEXT;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditorServices;
import de.heidelberg.partnerportal.content.EditorPage;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.news.NewsEdit;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The editor of a news item at {@code /edit/news/{slug}}, or of a new one at {@code /edit/news/new}. */
@Route("edit/news")
@RolesAllowed(Role.Names.EDITOR)
public class NewsEditView extends EditorPage<NewsEdit> {

    private final NewsService news;
    private final ContentLinks links;
    private final Readers readers;
    private final SupportedLanguages languages;

    public NewsEditView(NewsService news, ContentLinks links, Readers readers, SupportedLanguages languages,
            EditorServices services) {
        super(ContentType.NEWS, "nav.news", NewsEdit.class, services);
        this.news = news;
        this.links = links;
        this.readers = readers;
        this.languages = languages;
    }

    @Override
    protected Optional<NewsEdit> load(String slug) {
        return news.edit(slug);
    }

    @Override
    protected NewsEdit create() {
        return news.newItem();
    }

    @Override
    protected String save(NewsEdit form) {
        return news.save(form);
    }

    @Override
    protected boolean isNew(NewsEdit form) {
        return form.isNew();
    }

    @Override
    protected Long id(NewsEdit form) {
        return form.getId();
    }

    @Override
    protected String title(NewsEdit form) {
        String mine = getLocale().getLanguage();
        String text = form.getTitle().text(mine);
        return text.isBlank() ? form.getTitle().text(languages.source().getLanguage()) : text;
    }

    @Override
    protected Component form(NewsEdit form) {
        TextField slug = slugField(form.isNew(), NewsEdit::getSlug, NewsEdit::setSlug);

        DatePicker date = new DatePicker(getTranslation("news.field.date"));
        date.setLocale(getLocale());
        binder.forField(date).bind(NewsEdit::getDate, NewsEdit::setDate);
        IntegerField year = new IntegerField(getTranslation("news.field.year"));
        year.setHelperText(getTranslation("news.field.year.help"));
        binder.forField(year)
                .withValidator(value -> date.getValue() != null || (value != null && value >= 1900 && value <= 2999),
                        getTranslation("edit.error.date"))
                .bind(NewsEdit::getYear, NewsEdit::setYear);

        Checkbox published = publishedField(NewsEdit::isPublished, NewsEdit::setPublished);

        var reader = readers.current(getLocale());
        MultiSelectComboBox<Long> cities = linkPicker(getTranslation("news.related.cities"),
                links.all(ContentType.PARTNER_CITY, reader));
        binder.forField(cities).bind(NewsEdit::getCityIds, NewsEdit::setCityIds);
        MultiSelectComboBox<Long> networks = linkPicker(getTranslation("news.related.networks"),
                links.all(ContentType.NETWORK, reader));
        binder.forField(networks).bind(NewsEdit::getNetworkIds, NewsEdit::setNetworkIds);

        FormLayout facts = new FormLayout(slug, date, year, published, cities, networks);
        facts.addClassName("editor-facts");
        Div texts = new Div(
                translated(form, "news.field.title", "title", LINE, true, TranslatedText.MAX_LINE_LENGTH,
                        NewsEdit::getTitle, NewsEdit::setTitle),
                translated(form, "news.field.teaser", "teaser", PLAIN_TEXT, true, TranslatedText.MAX_LENGTH,
                        NewsEdit::getTeaser, NewsEdit::setTeaser),
                translated(form, "news.field.body", "body", MARKDOWN, true, TranslatedText.MAX_LENGTH,
                        NewsEdit::getBody, NewsEdit::setBody),
                translated(form, "news.field.image-caption", "imageCaption", LINE, false,
                        TranslatedText.MAX_LINE_LENGTH, NewsEdit::getImageCaption, NewsEdit::setImageCaption),
                translated(form, "content.internal", "internalNote", MARKDOWN, false, TranslatedText.MAX_LENGTH,
                        NewsEdit::getInternalNote, NewsEdit::setInternalNote));
        texts.addClassName("editor-texts");
        return new Div(facts, texts);
    }

    private TranslatedTextField translated(NewsEdit form, String labelKey, String field, TranslatedTextField.Kind kind,
            boolean required, int maxLength, ValueProvider<NewsEdit, TextEdit> getter, Setter<NewsEdit, TextEdit> setter) {
        return translatedField(languages, form.getStates().getOrDefault(field, Map.of()), labelKey, kind, required,
                maxLength, getter, setter);
    }

    private MultiSelectComboBox<Long> linkPicker(String label, List<ContentLink> choices) {
        Map<Long, String> names = choices.stream()
                .collect(Collectors.toMap(ContentLink::id, link -> link.title().text(), (a, b) -> a));
        MultiSelectComboBox<Long> picker = new MultiSelectComboBox<>(label);
        picker.setItems(choices.stream().map(ContentLink::id).toList());
        picker.setItemLabelGenerator(id -> names.getOrDefault(id, String.valueOf(id)));
        return picker;
    }

    @Override
    protected Map<String, Object> values(NewsEdit form) {
        return fieldValues(
                "news.field.date", form.getDate(),
                "news.field.year", form.getYear(),
                "edit.field.published", form.isPublished(),
                "news.related.cities", Set.copyOf(form.getCityIds()),
                "news.related.networks", Set.copyOf(form.getNetworkIds()),
                "news.field.title", form.getTitle(),
                "news.field.teaser", form.getTeaser(),
                "news.field.body", form.getBody(),
                "news.field.image-caption", form.getImageCaption(),
                "content.internal", form.getInternalNote());
    }

    @Override
    protected NewsEdit copyOf(NewsEdit form) {
        return form.copy();
    }
}
