package de.heidelberg.partnerportal.content;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.shared.Registration;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The frame of every content editor at {@code /edit/{section}/{slug}} ({@code /edit/{section}/new} for
 * a new item): the form, Save and Cancel. A save that the service refuses keeps everything typed and
 * says why. A save refused because someone else saved in between lists what they changed and lets
 * the editor load their version or save this one over it knowingly.
 *
 * @param <F> the form model of the section
 */
public abstract class EditorPage<F> extends Main implements HasUrlParameter<String>, HasDynamicTitle, HasBreadcrumbs {

    private final ContentType section;
    private final String sectionTitleKey;
    protected final Binder<F> binder;
    private final H1 heading = new H1();
    private final Span status = new Span();
    private final Class<F> formType;
    private final EditMarks marks;
    private final ContentHistory history;
    private final Div othersEditing = new Div();
    private Registration renewing;
    private F loaded;
    private String slug;

    protected EditorPage(ContentType section, String sectionTitleKey, Class<F> formType, EditorServices services) {
        this.section = section;
        this.sectionTitleKey = sectionTitleKey;
        this.formType = formType;
        this.binder = new Binder<>(formType);
        this.marks = services.marks();
        this.history = services.history();
        othersEditing.addClassName("edit-marks");
        addClassNames("page", "editor");
    }

    /** The stored item's form, if it exists. */
    protected abstract Optional<F> load(String slug);

    /** A new item's form. */
    protected abstract F create();

    /** Saves the form through the section's service and returns the item's slug. */
    protected abstract String save(F form);

    /** The form's fields, bound to {@link #binder}. */
    protected abstract Component form(F form);

    /** The form's values by the translation key of their field's name, to tell what someone else changed. */
    protected abstract Map<String, Object> values(F form);

    /** Whether the form is for an item not yet stored. */
    protected abstract boolean isNew(F form);

    /** The stored item's id; null for a new one. */
    protected abstract Long id(F form);

    /** The item's title for the heading, in the editor's language. */
    protected abstract String title(F form);

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        slug = parameter;
        F form = EditChecks.NEW.equals(parameter) ? create() : load(parameter).orElseThrow(NotFoundException::new);
        show(form);
    }

    private void show(F form) {
        loaded = form;
        removeAll();
        heading.setText(isNew(form) ? getTranslation("edit.new." + section.name().toLowerCase()) : title(form));
        status.addClassName("editor-status");
        Button saveButton = new Button(getTranslation("action.save"), click -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClassName("save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> leave(isNew(form) ? null : slug));
        cancel.addClassName("cancel");
        Div actions = new Div(saveButton, cancel, status);
        actions.addClassName("editor-actions");
        add(heading, othersEditing, form(form), actions);
        binder.readBean(form);
        if (!isNew(form)) {
            showOthers(marks.mark(section, slug));
            add(versions(id(form)));
        }
    }

    /**
     * The item's saved versions, newest first: who, when, which fields changed and how; any version
     * can be taken back into the form, to be saved like any edit.
     */
    private Details versions(long itemId) {
        List<ContentHistory.Revision> revisions = history.revisions(section, itemId);
        Details versions = new Details(getTranslation("edit.history.title", revisions.size()));
        versions.addClassName("edit-history");
        List<Div> entries = new ArrayList<>();
        // oldest first, to compare each version with the one before it
        Map<String, Object> older = null;
        for (ContentHistory.Revision revision : revisions.reversed()) {
            Optional<F> saved = history.form(revision.id(), section, formType);
            Map<String, Object> values = saved.map(this::values).orElse(Map.of());
            Div entry = new Div();
            entry.addClassName("edit-revision");
            entry.add(new Span(getTranslation("edit.history.entry", LocalizedFormats.date(
                    revision.changedAt().atZone(LocalizedFormats.ZONE), getTranslation("format.dateTime"), getLocale()),
                    revision.changedBy())));
            entry.add(changes(older, values));
            saved.ifPresent(form -> {
                Button restore = new Button(getTranslation("edit.history.restore"), click -> {
                    binder.readBean(form);
                    status.setText(getTranslation("edit.history.restored"));
                });
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                restore.addClassName("restore");
                entry.add(restore);
            });
            entries.addFirst(entry);
            older = values;
        }
        entries.forEach(versions::add);
        return versions;
    }

    /** What changed from one version to the next, per field and language; "created" for the first. */
    private Component changes(Map<String, Object> before, Map<String, Object> after) {
        UnorderedList list = new UnorderedList();
        list.addClassName("edit-changes");
        if (before == null) {
            list.add(new ListItem(getTranslation("edit.history.created")));
            return list;
        }
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (Objects.equals(old, value)) {
                return;
            }
            ListItem item = new ListItem(new Span(getTranslation(field)));
            if (value instanceof TextEdit newText && old instanceof TextEdit oldText) {
                Div languages = new Div();
                Set<String> tags = new TreeSet<>(newText.texts().keySet());
                tags.addAll(oldText.texts().keySet());
                for (String language : tags) {
                    if (!oldText.text(language).equals(newText.text(language))) {
                        Div change = new Div(new Span(language.toUpperCase(Locale.ROOT) + ": "),
                                diffPart("edit-old", oldText.text(language)), new Span(" → "),
                                diffPart("edit-new", newText.text(language)));
                        change.addClassName("edit-change");
                        languages.add(change);
                    }
                }
                item.add(languages);
            } else {
                item.add(new Span(": "), diffPart("edit-old", String.valueOf(old == null ? "–" : old)), new Span(" → "),
                        diffPart("edit-new", String.valueOf(value == null ? "–" : value)));
            }
            list.add(item);
        });
        return list;
    }

    private static Span diffPart(String className, String text) {
        String shown = text.isBlank() ? "–" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
        Span part = new Span(shown);
        part.addClassName(className);
        return part;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval((int) EditMarks.RENEW_EVERY.toMillis());
        renewing = event.getUI().addPollListener(poll -> {
            if (loaded != null && !isNew(loaded)) {
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
        if (loaded != null && !isNew(loaded)) {
            marks.release(section, slug);
        }
        super.onDetach(event);
    }

    /** "Also being edited by … since …", or nothing when the editor is alone. */
    private void showOthers(List<EditMarks.Mark> others) {
        othersEditing.removeAll();
        others.forEach(mark -> othersEditing.add(new Paragraph(getTranslation("edit.marks.other", mark.username(),
                LocalizedFormats.date(mark.since().atZone(LocalizedFormats.ZONE), getTranslation("format.dateTime"), getLocale())))));
        othersEditing.setVisible(!others.isEmpty());
    }

    private void trySave() {
        F form = copyOfLoaded();
        if (!binder.writeBeanIfValid(form)) {
            status.setText(getTranslation("edit.error.check-fields"));
            return;
        }
        try {
            String saved = save(form);
            Notification.show(getTranslation("edit.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            leave(saved);
        } catch (StaleEditException stale) {
            conflict(form, stale);
        } catch (OptimisticLockingFailureException stale) {
            conflict(form, new StaleEditException(null, null));
        } catch (ContentEditException refused) {
            status.setText(message(refused));
            Notification.show(message(refused), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The message for a refused save, with a field named by its translation key in the editor's language. */
    private String message(ContentEditException refused) {
        return getTranslation(refused.messageKey(), refused.arguments(this::getTranslation));
    }

    private void conflict(F mine, StaleEditException stale) {
        Optional<F> current = isNew(mine) ? Optional.empty() : load(slug);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("edit-conflict");
        dialog.setHeader(getTranslation("edit.stale.title"));
        Div text = new Div();
        if (stale.changedBy() == null || stale.changedAt() == null) {
            text.add(new Paragraph(getTranslation("edit.stale.text-unknown")));
        } else {
            text.add(new Paragraph(getTranslation("edit.stale.text", stale.changedBy(), LocalizedFormats.date(
                    stale.changedAt().atZone(LocalizedFormats.ZONE), getTranslation("format.dateTime"), getLocale()))));
        }
        current.ifPresent(theirs -> {
            UnorderedList changed = new UnorderedList();
            Map<String, Object> before = values(loaded);
            values(theirs).forEach((field, value) -> {
                if (!Objects.equals(before.get(field), value)) {
                    changed.add(new ListItem(getTranslation(field)));
                }
            });
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
        dialog.addConfirmListener(event -> current.ifPresent(theirs -> {
            // keep what this editor typed, on top of the version now stored
            F again = copyOf(theirs);
            binder.writeBeanIfValid(again);
            loaded = theirs;
            try {
                leave(save(again));
            } catch (ContentEditException refusedAgain) {
                status.setText(message(refusedAgain));
            }
        }));
        dialog.open();
    }

    private F copyOfLoaded() {
        return copyOf(loaded);
    }

    /** A fresh form object with the values of this one, so that a refused save leaves the loaded one intact. */
    protected abstract F copyOf(F form);

    private void leave(String itemSlug) {
        String target = itemSlug == null ? section.path() : section.path() + "/" + itemSlug;
        getUI().ifPresent(ui -> ui.navigate(target.substring(1)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("edit.page-title", heading.getText()) + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation(sectionTitleKey), section.path()),
                new Breadcrumb(getTranslation("edit.page-title", heading.getText()), null));
    }

    /** The item's address: typed for a new item, fixed afterwards so that links and bookmarks keep working. */
    protected TextField slugField(boolean isNew, ValueProvider<F, String> getter, Setter<F, String> setter) {
        TextField slug = new TextField(getTranslation("edit.field.slug"));
        slug.setHelperText(getTranslation("edit.field.slug.help"));
        slug.setMaxLength(EditChecks.SLUG_LENGTH);
        slug.setReadOnly(!isNew);
        binder.forField(slug)
                .asRequired(getTranslation("edit.error.slug"))
                .withValidator(EditChecks::isSlug, getTranslation("edit.error.slug"))
                .bind(getter, setter);
        return slug;
    }

    /** Published, or a draft only editors see. */
    protected Checkbox publishedField(ValueProvider<F, Boolean> getter, Setter<F, Boolean> setter) {
        Checkbox published = new Checkbox(getTranslation("edit.field.published"));
        published.setHelperText(getTranslation("edit.field.published.help"));
        binder.forField(published).bind(getter, setter);
        return published;
    }

    /**
     * A translated text, the source beside its translations with each one's stored state. A required
     * one needs its source text; any one with a translation needs its source text too.
     */
    protected TranslatedTextField translatedField(SupportedLanguages languages, Map<String, TranslationState> states,
            String labelKey, TranslatedTextField.Kind kind, boolean required, int maxLength, ValueProvider<F, TextEdit> getter,
            Setter<F, TextEdit> setter) {
        TranslatedTextField input = new TranslatedTextField(getTranslation(labelKey), languages.all(), maxLength, kind);
        input.setStates(states);
        String source = languages.source().getLanguage();
        var binding = binder.forField(input);
        if (required) {
            binding = binding.withValidator(edit -> edit != null && !edit.text(source).isBlank(),
                    getTranslation("edit.error.required", getTranslation(labelKey)));
        }
        binding.withValidator(edit -> edit == null || edit.isBlank() || !edit.text(source).isBlank(),
                        getTranslation("edit.error.source-missing", getTranslation(labelKey)))
                .bind(getter, setter);
        return input;
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
