package de.heidelberg.partnerportal.ui.editor;

import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditing;
import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.FieldNames;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.content.StaleEditException;
import de.heidelberg.partnerportal.history.ContentHistory;
import de.heidelberg.partnerportal.presence.EditMarks;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.shared.Registration;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TranslatableInput;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The frame of every content editor at {@code /edit/{section}/{slug}} ({@code /edit/{section}/new} for
 * a new item): the form, Save and Cancel, who else is editing, the saved versions. A save that the
 * service refuses keeps everything typed and says why. A save refused because someone else saved in
 * between lists what they changed and lets the editor load their version or save the fields they
 * changed themselves over it, knowingly.
 *
 * @param <F> the form model of the section
 */
public abstract class EditorPage<F extends ContentForm> extends Main implements HasUrlParameter<String>, HasDynamicTitle, HasBreadcrumbs {

    private static final Logger log = LoggerFactory.getLogger(EditorPage.class);

    private final ContentType section;
    private final String sectionTitleKey;
    private final Class<F> formType;
    private final ContentEditing<F> editing;
    private final SupportedLanguages languages;
    private final EditMarks marks;
    private final ContentHistory history;
    private final ContentLinks links;
    private final Readers readers;
    /** Per kind of linked item, the titles of the items the pickers offer, for telling versions apart. */
    private final Map<ContentType, Map<Long, String>> linkTitles = new EnumMap<>(ContentType.class);
    private final H1 heading = new H1();
    private final Span status = new Span();
    private final Div othersEditing = new Div();
    /**
     * Made anew for every form shown, so that no binding of an earlier form lingers. Fields bound by
     * property name are checked by the form's Bean Validation constraints as well (in the editor's language).
     */
    protected Binder<F> binder;
    private Registration renewing;
    private TranslatedTextField internalNote;
    /** The shown form's translated texts by the translation key of their name. */
    private final Map<String, TranslatedTextField> textFields = new HashMap<>();
    private List<Binder.Binding<F, ?>> changedByMe = List.of();
    private F loaded;
    private String slug;

    protected EditorPage(ContentType section, String sectionTitleKey, Class<F> formType, ContentEditing<F> editing,
            EditorServices services) {
        this.section = section;
        this.editing = editing;
        this.sectionTitleKey = sectionTitleKey;
        this.formType = formType;
        this.languages = services.languages();
        this.marks = services.marks();
        this.history = services.history();
        this.links = services.links();
        this.readers = services.readers();
        othersEditing.addClassName("edit-marks");
        status.addClassName("editor-status");
        addClassNames("page", "editor");
    }

    /** The form's fields, bound to {@link #binder}. */
    protected abstract Component form(F form);

    /**
     * The section's own form values by the translation key of their field's name, as a person reads
     * them, to tell what changed between versions or what someone else changed (published, the
     * publishing period and the internal note are added here).
     */
    protected abstract Map<String, Object> values(F form);

    /** The item's name or title, for the heading. */
    protected abstract TextEdit heading(F form);

    @SuppressWarnings("unchecked") // each form's copy is of its own class
    private F copyOf(F form) {
        return (F) form.copy();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        releaseMark();
        slug = parameter;
        F form = EditChecks.NEW.equals(parameter) ? editing.newItem()
                : editing.edit(parameter).orElseThrow(NotFoundException::new);
        show(form);
    }

    private void show(F form) {
        loaded = form;
        binder = new BeanValidationBinder<>(formType);
        textFields.clear();
        changedByMe = List.of();
        removeAll();
        status.setText("");
        heading.setText(form.isNew() ? getTranslation("edit.new." + section.name().toLowerCase()) : title(form));
        Button saveButton = new Button(getTranslation("action.save"), click -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClassName("save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> leave(form.isNew() ? null : slug));
        cancel.addClassName("cancel");
        Div actions = new Div(saveButton, cancel, status);
        actions.addClassName("editor-actions");
        if (!form.isNew() && CurrentUser.isEditor() && !section.fixed()) {
            Button toTrash = new Button(getTranslation("edit.trash"), click -> confirmTrash());
            toTrash.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            toTrash.addClassName("trash");
            actions.add(toTrash);
        }
        add(heading, othersEditing, form(form), actions);
        if (!CurrentUser.isEditor()) {
            onlyTranslations();
        }
        binder.readBean(form);
        othersEditing.setVisible(false);
        if (!form.isNew()) {
            showOthers(marks.mark(section, slug));
        }
        if (!form.isNew() && CurrentUser.isEditor()) {
            add(new VersionList<>(history.versions(section, form.getId(), formType), this::allValues, this::takeBack));
        }
    }

    /**
     * For a translator: the texts of their languages can be typed, everything else is shown as it is
     * (the service refuses any other change all the same); the internal note is not theirs to read.
     */
    private void onlyTranslations() {
        Set<String> mine = CurrentUser.translationLanguages(languages);
        binder.getFields().forEach(field -> {
            if (field instanceof TranslatableInput texts) {
                texts.setEditableLanguages(mine);
            } else {
                field.setReadOnly(true);
            }
        });
        if (internalNote != null) {
            internalNote.setVisible(false);
        }
        Paragraph hint = new Paragraph(getTranslation("edit.translator.hint", mine.stream()
                .map(tag -> SupportedLanguages.displayName(tag, getLocale())).sorted()
                .collect(Collectors.joining(", "))));
        hint.addClassName("translator-hint");
        addComponentAtIndex(1, hint);
    }

    /**
     * An earlier version goes into the form, its translations with the states they had then; saving it
     * makes it the newest version.
     */
    private void takeBack(F version) {
        binder.readBean(version);
        version.getStates().forEach((field, states) -> {
            TranslatedTextField input = textFields.get(field);
            if (input != null) {
                input.keepOutdated(states.entrySet().stream()
                        .filter(state -> state.getValue() == TranslationState.OUTDATED)
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
            }
        });
        status.setText(getTranslation("edit.history.restored"));
    }

    private String title(F form) {
        TextEdit title = heading(form);
        String mine = title.text(getLocale().getLanguage());
        return mine.isBlank() ? title.text(languages.source().getLanguage()) : mine;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval((int) EditMarks.RENEW_EVERY.toMillis());
        renewing = event.getUI().addPollListener(poll -> {
            if (loaded != null && !loaded.isNew()) {
                showOthers(marks.mark(section, slug));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (renewing != null) {
            renewing.remove();
        }
        releaseMark();
        super.onDetach(event);
    }

    /** Leaves the item: others no longer read that this user is editing it. */
    private void releaseMark() {
        if (loaded == null || loaded.isNew()) {
            return;
        }
        try {
            marks.release(section, slug);
        } catch (RuntimeException noLongerSignedIn) {
            // e.g. the session ended: the mark expires on its own
            log.debug("Edit mark of {} {} left to expire: {}", section, slug, noLongerSignedIn.getMessage());
        }
    }

    /** "Also being edited by … since …", or nothing when the editor is alone. */
    private void showOthers(List<EditMarks.Mark> others) {
        othersEditing.removeAll();
        others.forEach(mark -> othersEditing.add(new Paragraph(getTranslation("edit.marks.other", mark.username(),
                LocalizedFormats.dateTime(mark.since(), this)))));
        othersEditing.setVisible(!others.isEmpty());
    }

    private void trySave() {
        // what this editor changed, before writing the form forgets it; needed to save over a newer version
        changedByMe = List.copyOf(binder.getChangedBindings());
        F form = copyOf(loaded);
        if (!binder.writeBeanIfValid(form)) {
            status.setText(getTranslation("edit.error.check-fields"));
            return;
        }
        saveAndLeave(form);
    }

    private void saveAndLeave(F form) {
        try {
            String saved = editing.save(form);
            Notification.show(getTranslation("edit.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            leave(saved);
        } catch (StaleEditException stale) {
            conflict(stale);
        } catch (OptimisticLockingFailureException stale) {
            conflict(new StaleEditException(null, null));
        } catch (ContentEditException refused) {
            showRefusal(getTranslation(refused.messageKey(), refused.arguments(this::getTranslation)));
        } catch (DataIntegrityViolationException clash) {
            // e.g. someone created an item with the same address at the same moment
            log.info("Save of {} {} refused by the database: {}", section, slug, clash.getMostSpecificCause().getMessage());
            showRefusal(getTranslation("edit.error.not-saved"));
        }
    }

    private void confirmTrash() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("edit.trash.title"),
                getTranslation("edit.trash.text", heading.getText()), getTranslation("edit.trash"), event -> {
                    try {
                        editing.trash(loaded.getId(), loaded.getVersion());
                        Notification.show(getTranslation("edit.trashed"), 5000, Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        leave(null);
                    } catch (StaleEditException stale) {
                        conflict(stale);
                    } catch (OptimisticLockingFailureException stale) {
                        conflict(new StaleEditException(null, null));
                    }
                });
        dialog.addClassName("trash-confirm");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void showRefusal(String message) {
        status.setText(message);
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void conflict(StaleEditException stale) {
        Optional<F> current = loaded.isNew() ? Optional.empty() : editing.edit(slug);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("edit-conflict");
        dialog.setHeader(getTranslation("edit.stale.title"));
        Div text = new Div();
        if (stale.changedBy() == null || stale.changedAt() == null) {
            text.add(new Paragraph(getTranslation("edit.stale.text-unknown")));
        } else {
            text.add(new Paragraph(getTranslation("edit.stale.text", stale.changedBy(),
                    LocalizedFormats.dateTime(stale.changedAt(), this))));
        }
        current.ifPresent(theirs -> {
            UnorderedList changed = new UnorderedList();
            Map<String, Object> before = allValues(loaded);
            VersionList.changedFields(before, allValues(theirs))
                    .forEach(field -> changed.add(new ListItem(FieldNames.of(field, this::getTranslation))));
            if (changed.getChildren().findAny().isPresent()) {
                text.add(new Paragraph(getTranslation("edit.stale.changed")), changed);
            }
        });
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setRejectable(current.isPresent());
        dialog.setRejectText(getTranslation("edit.stale.reload"));
        dialog.addRejectListener(event -> current.ifPresent(this::show));
        dialog.setConfirmText(getTranslation("edit.stale.overwrite"));
        dialog.addConfirmListener(event -> current.ifPresent(this::overwrite));
        dialog.open();
    }

    /** The fields this editor changed, saved on top of the version now stored; the others stay theirs. */
    private void overwrite(F theirs) {
        F mine = copyOf(theirs);
        try {
            binder.writeBean(mine, changedByMe);
        } catch (ValidationException invalid) {
            status.setText(getTranslation("edit.error.check-fields"));
            return;
        }
        loaded = theirs;
        saveAndLeave(mine);
    }

    private void leave(String itemSlug) {
        // a translator goes back to the work still to do
        String target = !CurrentUser.isEditor() ? "/translations"
                : itemSlug == null ? section.path() : itemPath(itemSlug);
        getUI().ifPresent(ui -> ui.navigate(target.substring(1)));
    }

    /** Where readers find an item, to go to after saving. */
    protected String itemPath(String itemSlug) {
        return section.path() + "/" + itemSlug;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("edit.page-title", heading.getText()) + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation(sectionTitleKey), section.fixed() ? null : section.path()),
                new Breadcrumb(getTranslation("edit.page-title", heading.getText()), null));
    }

    /**
     * The usual form: the facts (after them, published and the publishing period) beside the texts in
     * every language (after them, the internal note).
     */
    protected Component layout(F form, List<Component> facts, Component... texts) {
        FormLayout factFields = new FormLayout(facts.toArray(Component[]::new));
        publishingFields().forEach(factFields::add);
        factFields.addClassName("editor-facts");
        Div textFields = new Div(texts);
        textFields.add(internalNoteField(form));
        textFields.addClassName("editor-texts");
        return new Div(factFields, textFields);
    }

    /** The item's address: typed for a new item, fixed afterwards so that links and bookmarks keep working. */
    protected TextField slugField(F form) {
        TextField field = new TextField(getTranslation("edit.field.slug"));
        field.setHelperText(getTranslation("edit.field.slug.help"));
        field.setMaxLength(EditChecks.SLUG_LENGTH);
        field.setReadOnly(!form.isNew());
        binder.forField(field)
                .asRequired(getTranslation("edit.error.slug"))
                .withValidator(EditChecks::isSlug, getTranslation("edit.error.slug"))
                .bind("slug");
        return field;
    }

    /** Published or a draft only editors see, and the period in which a published item is shown. */
    protected List<Component> publishingFields() {
        Checkbox published = new Checkbox(getTranslation("edit.field.published"));
        published.setHelperText(getTranslation("edit.field.published.help"));
        binder.forField(published).bind(ContentForm::isPublished, ContentForm::setPublished);
        DateTimePicker from = new DateTimePicker(getTranslation("edit.field.publish-from"));
        from.setLocale(getLocale());
        from.setHelperText(getTranslation("edit.field.publish-from.help"));
        binder.forField(from).bind(ContentForm::getPublishFrom, ContentForm::setPublishFrom);
        DateTimePicker until = new DateTimePicker(getTranslation("edit.field.publish-until"));
        until.setLocale(getLocale());
        until.setHelperText(getTranslation("edit.field.publish-until.help"));
        binder.forField(until)
                .withValidator(end -> end == null || from.getValue() == null || end.isAfter(from.getValue()),
                        getTranslation("edit.error.schedule"))
                .bind(ContentForm::getPublishUntil, ContentForm::setPublishUntil);
        return List.of(published, from, until);
    }

    /** The internal note, for city staff only. */
    protected TranslatedTextField internalNoteField(F form) {
        internalNote = translatedField(form, ContentForm.INTERNAL_NOTE, TranslatedTextField.Kind.MARKDOWN, false,
                TranslatedText.MAX_LENGTH, ContentForm::getInternalNote, ContentForm::setInternalNote);
        return internalNote;
    }

    /** A choice of items of another section to link to (cities, networks, contacts), by title in the editor's language. */
    protected MultiSelectComboBox<Long> linkPicker(String labelKey, ContentType type) {
        Map<Long, String> titles = new LinkedHashMap<>();
        links.all(type, readers.current(getLocale())).forEach(link -> titles.put(link.id(), link.title().text()));
        linkTitles.put(type, titles);
        MultiSelectComboBox<Long> picker = new MultiSelectComboBox<>(getTranslation(labelKey));
        picker.setItems(List.copyOf(titles.keySet()));
        picker.setItemLabelGenerator(id -> titles.getOrDefault(id, String.valueOf(id)));
        return picker;
    }

    /** Linked items' titles as people read them, for {@link #values}. */
    protected String linkTitles(Collection<Long> ids, ContentType type) {
        Map<Long, String> titles = linkTitles.getOrDefault(type, Map.of());
        return ids.stream().map(id -> titles.getOrDefault(id, String.valueOf(id))).sorted().collect(Collectors.joining(", "));
    }

    /** The section's values and those every form has, as people read them. */
    private Map<String, Object> allValues(F form) {
        Map<String, Object> values = new LinkedHashMap<>(values(form));
        values.put("edit.field.published", yesNo(form.isPublished()));
        values.put("edit.field.publish-from", form.getPublishFrom() == null ? null
                : LocalizedFormats.date(form.getPublishFrom(), getTranslation("format.dateTime"), getLocale()));
        values.put("edit.field.publish-until", form.getPublishUntil() == null ? null
                : LocalizedFormats.date(form.getPublishUntil(), getTranslation("format.dateTime"), getLocale()));
        values.put("content.internal", form.getInternalNote());
        return values;
    }

    /**
     * A translated text: the source beside its translations, each with its stored state. A required
     * one needs its source text; any one with a translation needs its source text too.
     *
     * @param labelKey the translation key of the field's name, which also names it in {@link #states}
     */
    protected TranslatedTextField translatedField(F form, String labelKey, TranslatedTextField.Kind kind,
            boolean required, int maxLength, ValueProvider<F, TextEdit> getter, Setter<F, TextEdit> setter) {
        return translatedField(form, labelKey, kind, required, maxLength, getter, setter, edit -> true, "");
    }

    /** A translated text as above, with one more rule the section needs (e.g. in every language when there is an image). */
    protected TranslatedTextField translatedField(F form, String labelKey, TranslatedTextField.Kind kind,
            boolean required, int maxLength, ValueProvider<F, TextEdit> getter, Setter<F, TextEdit> setter,
            com.vaadin.flow.function.SerializablePredicate<TextEdit> rule, String ruleMessage) {
        TranslatedTextField input = new TranslatedTextField(getTranslation(labelKey), languages.all(), maxLength, kind);
        textFields.put(labelKey, input);
        input.setStates(form.getStates().getOrDefault(labelKey, Map.of()));
        String source = languages.source().getLanguage();
        var binding = binder.forField(input);
        if (required) {
            binding = binding.withValidator(edit -> edit != null && !edit.text(source).isBlank(),
                    getTranslation("edit.error.required", getTranslation(labelKey)));
        }
        binding.withValidator(edit -> edit == null || edit.isBlank() || !edit.text(source).isBlank(),
                        getTranslation("edit.error.source-missing", getTranslation(labelKey)))
                .withValidator(rule, ruleMessage)
                .bind(getter, setter);
        return input;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "edit.yes" : "edit.no");
    }

    /** The content languages, the source first. */
    protected List<Locale> languages() {
        return languages.all();
    }

    /** Field values for {@link #values}, in the order of the form. */
    protected static Map<String, Object> fieldValues(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
