package de.heidelberg.partnerportal.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.ValueProvider;
import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatableInput;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Makes the fields of one shown editor form, each bound to the form's {@link Binder}: the address,
 * the publishing fields, translated texts with their stored states, the internal note and pickers
 * of linked items. Made anew for every form shown, so that no binding of an earlier form lingers.
 * Fields bound by property name are checked by the form's Bean Validation constraints as well.
 *
 * @param <F> the form model of the section
 */
public class EditorFields<F extends ContentForm> {

    private final Binder<F> binder;
    private final F form;
    private final List<Locale> languages;
    /** The editor page, for translations in the editor's language. */
    private final Component page;

    private final Locale locale;
    private final ContentLinks links;
    private final Reader reader;
    /** Per kind of linked item, the titles of the items the pickers offer, for telling versions apart. */
    private final Map<ContentType, Map<Long, String>> linkTitles = new EnumMap<>(ContentType.class);
    /** The form's translated texts by their field. */
    private final Map<FieldKey, TranslatedTextField> texts = new HashMap<>();

    private @Nullable TranslatedTextField internalNote;

    EditorFields(
            Component page,
            Locale locale,
            Class<F> formType,
            F form,
            List<Locale> languages,
            ContentLinks links,
            Reader reader) {
        this.page = page;
        this.locale = locale;
        this.binder = new BeanValidationBinder<>(formType);
        this.form = form;
        this.languages = List.copyOf(languages);
        this.links = links;
        this.reader = reader;
    }

    /** The binder of the shown form, for the section's own fields. */
    public Binder<F> binder() {
        return binder;
    }

    /** An empty list of the form's values as people read them, in the editor's language. */
    public FieldValues values() {
        return new FieldValues(locale, page::getTranslation);
    }

    /** The content languages, the source first. */
    public List<Locale> languages() {
        return languages;
    }

    private String sourceLanguage() {
        return languages.getFirst().getLanguage();
    }

    /** The item's address: typed for a new item, fixed afterwards so that links and bookmarks keep working. */
    public TextField slug() {
        TextField field = new TextField(page.getTranslation(ContentForm.SLUG.key()));
        field.setHelperText(page.getTranslation(ContentForm.SLUG.helpKey()));
        field.setMaxLength(EditChecks.SLUG_LENGTH);
        field.setReadOnly(!form.isNew());
        binder.forField(field)
                .asRequired(page.getTranslation("edit.error.slug"))
                .withValidator(EditChecks::isSlug, page.getTranslation("edit.error.slug"))
                .bind("slug");
        return field;
    }

    /**
     * A choice among a fixed set (a select without an empty entry, its form value set from the start): checked
     * for a value with the given message, but not marked required, since there is nothing to fill in; and a
     * required vaadin-select puts {@code aria-required} on its button, where ARIA does not allow it (axe:
     * aria-allowed-attr).
     */
    public <V> Binder.BindingBuilder<F, V> choice(Select<V> select, String message) {
        return binder.forField(select).withValidator(Objects::nonNull, message);
    }

    /** Published or a draft only editors see, and the period in which a published item is shown. */
    public List<Component> publishing() {
        Checkbox published = new Checkbox(page.getTranslation(ContentForm.PUBLISHED.key()));
        published.setHelperText(page.getTranslation(ContentForm.PUBLISHED.helpKey()));
        binder.forField(published).bind(ContentForm::isPublished, ContentForm::setPublished);
        DateTimePicker from = dateTime(ContentForm.PUBLISH_FROM);
        binder.forField(from).bind(ContentForm::getPublishFrom, ContentForm::setPublishFrom);
        DateTimePicker until = dateTime(ContentForm.PUBLISH_UNTIL);
        binder.forField(until)
                .withValidator(
                        end -> end == null || from.getValue() == null || end.isAfter(from.getValue()),
                        page.getTranslation("edit.error.schedule"))
                .bind(ContentForm::getPublishUntil, ContentForm::setPublishUntil);
        return List.of(published, from, until);
    }

    private DateTimePicker dateTime(FieldKey field) {
        DateTimePicker picker = new DateTimePicker(page.getTranslation(field.key()));
        picker.setLocale(locale);
        picker.setHelperText(page.getTranslation(field.helpKey()));
        return picker;
    }

    /** The internal note, for city staff only. */
    public TranslatedTextField internalNote() {
        internalNote = translated(
                ContentForm.INTERNAL_NOTE,
                TranslatedTextField.Kind.MARKDOWN,
                false,
                TranslatedText.MAX_LENGTH,
                ContentForm::getInternalNote,
                ContentForm::setInternalNote);
        return internalNote;
    }

    /**
     * The usual form: the facts (after them, published and the publishing period) beside the texts in
     * every language (after them, the internal note).
     */
    public Component layout(List<Component> facts, Component... texts) {
        FormLayout factFields = new FormLayout(facts.toArray(Component[]::new));
        publishing().forEach(factFields::add);
        factFields.addClassName("editor-facts");
        Div textFields = new Div(texts);
        textFields.add(internalNote());
        textFields.addClassName("editor-texts");
        return new Div(factFields, textFields);
    }

    /**
     * A translated text: the source beside its translations, each with its stored state. A required
     * one needs its source text; any one with a translation needs its source text too.
     */
    public TranslatedTextField translated(
            FieldKey field,
            TranslatedTextField.Kind kind,
            boolean required,
            int maxLength,
            ValueProvider<F, TextEdit> getter,
            Setter<F, TextEdit> setter) {
        return translated(field, kind, required, maxLength, getter, setter, edit -> true, "");
    }

    /** A translated text as above, with one more rule the section needs (e.g. in every language when there is an image). */
    public TranslatedTextField translated(
            FieldKey field,
            TranslatedTextField.Kind kind,
            boolean required,
            int maxLength,
            ValueProvider<F, TextEdit> getter,
            Setter<F, TextEdit> setter,
            SerializablePredicate<TextEdit> rule,
            String ruleMessage) {
        String name = field.name(page::getTranslation);
        TranslatedTextField input = new TranslatedTextField(name, languages, maxLength, kind);
        texts.put(field, input);
        input.setStates(form.states(field));
        String source = sourceLanguage();
        var binding = binder.forField(input);
        if (required) {
            binding = binding.withValidator(
                    edit -> edit != null && !edit.text(source).isBlank(),
                    page.getTranslation("edit.error.required", name));
        }
        binding.withValidator(
                        edit -> edit == null
                                || edit.isBlank()
                                || !edit.text(source).isBlank(),
                        page.getTranslation("edit.error.source-missing", name))
                .withValidator(rule, ruleMessage)
                .bind(getter, setter);
        return input;
    }

    /** The translated text inputs of the form by the keys of their fields as stored states name them. */
    Map<String, TranslatedTextField> textsByKey() {
        Map<String, TranslatedTextField> byKey = new LinkedHashMap<>();
        texts.forEach((field, input) -> byKey.put(field.key(), input));
        return byKey;
    }

    /** A choice of items of another section to link to (cities, networks, contacts), by title in the editor's language. */
    public MultiSelectComboBox<Long> linkPicker(FieldKey field, ContentType type) {
        Map<Long, String> titles = linkOptions(type);
        MultiSelectComboBox<Long> picker = new MultiSelectComboBox<>(page.getTranslation(field.key()));
        picker.setItems(List.copyOf(titles.keySet()));
        picker.setItemLabelGenerator(id -> titles.getOrDefault(id, String.valueOf(id)));
        return picker;
    }

    /** A choice of one item of another section to link to (a visit's partner city), or none. */
    public ComboBox<Long> linkChoice(FieldKey field, ContentType type) {
        Map<Long, String> titles = linkOptions(type);
        ComboBox<Long> choice = new ComboBox<>(page.getTranslation(field.key()));
        choice.setItems(List.copyOf(titles.keySet()));
        choice.setItemLabelGenerator(id -> titles.getOrDefault(id, String.valueOf(id)));
        choice.setClearButtonVisible(true);
        return choice;
    }

    /** The items of a section the editor may link to, by id with their titles (kept for telling versions apart). */
    public Map<Long, String> linkOptions(ContentType type) {
        return linkTitles.computeIfAbsent(type, kind -> {
            Map<Long, String> titles = new LinkedHashMap<>();
            links.all(kind, reader)
                    .forEach(link -> titles.put(link.id(), link.title().text()));
            return titles;
        });
    }

    /** Linked items' titles as people read them, for telling versions apart. */
    public String linkTitles(Collection<Long> ids, ContentType type) {
        Map<Long, String> titles = linkTitles.getOrDefault(type, Map.of());
        return ids.stream()
                .map(id -> titles.getOrDefault(id, String.valueOf(id)))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /**
     * For a translator: the texts of their languages can be typed, everything else is shown as it is
     * (the service refuses any other change all the same); the internal note is not theirs to read.
     */
    void onlyTranslations(Set<String> mine) {
        binder.getFields().forEach(field -> {
            if (field instanceof TranslatableInput input) {
                input.setEditableLanguages(mine);
            } else {
                ((HasValue<?, ?>) field).setReadOnly(true);
            }
        });
        if (internalNote != null) {
            internalNote.setVisible(false);
        }
    }
}
