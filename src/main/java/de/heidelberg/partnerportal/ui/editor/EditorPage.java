package de.heidelberg.partnerportal.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditing;
import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.StaleEditException;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The frame of every content editor at {@code /edit/{section}/{slug}} ({@code /edit/{section}/new} for
 * a new item): the form, Save and Cancel, who else is editing ({@link PresenceIndicator}), the saved
 * versions ({@link VersionList}). A save that the service refuses keeps everything typed and says why.
 * A save refused because someone else saved in between opens a {@link ConflictDialog}. A section
 * gives its form's fields (made with {@link EditorFields}) and their values as people read them.
 *
 * @param <F> the form model of the section
 */
public abstract class EditorPage<F extends ContentForm> extends Main
        implements HasUrlParameter<String>, HasDynamicTitle, HasBreadcrumbs {

    private static final Logger log = LoggerFactory.getLogger(EditorPage.class);

    private final ContentType section;
    private final String sectionTitleKey;
    private final Class<F> formType;
    private final ContentEditing<F> editing;
    private final EditorServices services;
    private final H1 heading = new H1();
    private final Span status = new Span();
    private final PresenceIndicator presence;
    private EditorFields<F> fields;
    private List<Binder.Binding<F, ?>> changedByMe = List.of();
    private F loaded;
    private String slug;

    protected EditorPage(
            ContentType section,
            String sectionTitleKey,
            Class<F> formType,
            ContentEditing<F> editing,
            EditorServices services) {
        this.section = section;
        this.editing = editing;
        this.sectionTitleKey = sectionTitleKey;
        this.formType = formType;
        this.services = services;
        this.presence = new PresenceIndicator(services.marks(), section);
        status.addClassName("editor-status");
        addClassNames("page", "editor");
        add(heading, presence);
    }

    /** The form's fields, made with and bound by {@code fields}. */
    protected abstract Component form(F form, EditorFields<F> fields);

    /**
     * The section's own form values by field, as a person reads them, to tell what changed between
     * versions or what someone else changed (published, the publishing period and the internal note
     * are added here).
     */
    protected abstract FieldValues values(F form, EditorFields<F> fields);

    /** The item's name or title, for the heading. */
    protected abstract TextEdit heading(F form);

    @SuppressWarnings("unchecked") // each form's copy is of its own class
    private F copyOf(F form) {
        return (F) form.copy();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        slug = parameter;
        if (EditChecks.NEW.equals(parameter) && section.fixed()) {
            // the portal's own texts are never created: no such page, rather than the service's refusal
            throw new NotFoundException();
        }
        F form = EditChecks.NEW.equals(parameter)
                ? editing.newItem()
                : editing.edit(parameter).orElseThrow(NotFoundException::new);
        show(form);
    }

    private void show(F form) {
        loaded = form;
        changedByMe = List.of();
        getChildren()
                .filter(child -> child != heading && child != presence)
                .toList()
                .forEach(this::remove);
        status.setText("");
        heading.setText(
                form.isNew() ? getTranslation("edit.new." + section.name().toLowerCase()) : title(form));
        fields = new EditorFields<>(
                this,
                getLocale(),
                formType,
                form,
                services.languages().all(),
                services.links(),
                services.readers().current(getLocale()));
        add(form(form, fields), actions(form));
        if (!CurrentUser.isEditor()) {
            onlyTranslations();
        }
        fields.binder().readBean(form);
        presence.watch(form.isNew() ? null : slug);
        if (!form.isNew() && CurrentUser.isEditor()) {
            add(new VersionList<>(
                    services.history().versions(section, form.getId(), formType), this::allValues, this::takeBack));
        }
    }

    private Div actions(F form) {
        Button saveButton = new Button(getTranslation("action.save"), click -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClassName("save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> leave(form.isNew() ? null : slug));
        cancel.addClassName("cancel");
        Div actions = new Div(saveButton, cancel, status);
        actions.addClassName("editor-actions");
        if (!form.isNew() && CurrentUser.isEditor() && !section.fixed()) {
            Button toTrash = new Button(
                    getTranslation("edit.trash"), click -> new TrashDialog(heading.getText(), this::trash).open());
            toTrash.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            toTrash.addClassName("trash");
            actions.add(toTrash);
        }
        return actions;
    }

    /** A translator types the texts of their languages only; a note above the form says which. */
    private void onlyTranslations() {
        Set<String> mine = CurrentUser.translationLanguages(services.languages());
        fields.onlyTranslations(mine);
        Paragraph hint = new Paragraph(getTranslation(
                "edit.translator.hint",
                mine.stream()
                        .map(tag -> SupportedLanguages.displayName(tag, getLocale()))
                        .sorted()
                        .collect(Collectors.joining(", "))));
        hint.addClassName("translator-hint");
        addComponentAtIndex(1, hint);
    }

    /**
     * An earlier version goes into the form, its translations with the states they had then; saving it
     * makes it the newest version.
     */
    private void takeBack(F version) {
        fields.binder().readBean(version);
        Map<String, TranslatedTextField> inputs = fields.textsByKey();
        version.getStates()
                .forEach((field, states) -> Optional.ofNullable(inputs.get(field))
                        .ifPresent(input -> input.keepOutdated(states.entrySet().stream()
                                .filter(state -> state.getValue() == TranslationState.OUTDATED)
                                .map(Map.Entry::getKey)
                                .collect(Collectors.toSet()))));
        status.setText(getTranslation("edit.history.restored"));
    }

    private String title(F form) {
        TextEdit title = heading(form);
        String mine = title.text(getLocale().getLanguage());
        return mine.isBlank() ? title.text(services.languages().source().getLanguage()) : mine;
    }

    private void trySave() {
        // what this editor changed, before writing the form forgets it; needed to save over a newer version
        changedByMe = List.copyOf(fields.binder().getChangedBindings());
        F form = copyOf(loaded);
        if (!fields.binder().writeBeanIfValid(form)) {
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
            log.info(
                    "Save of {} {} refused by the database: {}",
                    section,
                    slug,
                    clash.getMostSpecificCause().getMessage());
            showRefusal(getTranslation("edit.error.not-saved"));
        }
    }

    private void trash() {
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
    }

    private void showRefusal(String message) {
        status.setText(message);
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Someone saved in between: what they changed, and the choice to load theirs or save mine over it. */
    private void conflict(StaleEditException stale) {
        Optional<F> current = loaded.isNew() ? Optional.empty() : editing.edit(slug);
        List<FieldKey> changed = current.map(theirs -> FieldValues.changed(allValues(loaded), allValues(theirs)))
                .orElse(null);
        new ConflictDialog(
                        stale, changed, () -> current.ifPresent(this::show), () -> current.ifPresent(this::overwrite))
                .open();
    }

    /** The fields this editor changed, saved on top of the version now stored; the others stay theirs. */
    private void overwrite(F theirs) {
        F mine = copyOf(theirs);
        try {
            fields.binder().writeBean(mine, changedByMe);
        } catch (ValidationException invalid) {
            status.setText(getTranslation("edit.error.check-fields"));
            return;
        }
        loaded = theirs;
        saveAndLeave(mine);
    }

    private void leave(@Nullable String itemSlug) {
        // a translator goes back to the work still to do
        String target =
                !CurrentUser.isEditor() ? "/translations" : itemSlug == null ? section.path() : itemPath(itemSlug);
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
        return List.of(
                new Breadcrumb(getTranslation(sectionTitleKey), section.fixed() ? null : section.path()),
                new Breadcrumb(getTranslation("edit.page-title", heading.getText()), null));
    }

    /** The section's values and those every form has, as people read them. */
    private Map<FieldKey, @Nullable Object> allValues(F form) {
        return values(form, fields)
                .add(ContentForm.PUBLISHED, getTranslation(form.isPublished() ? "edit.yes" : "edit.no"))
                .addDateTime(ContentForm.PUBLISH_FROM, form.getPublishFrom())
                .addDateTime(ContentForm.PUBLISH_UNTIL, form.getPublishUntil())
                .add(ContentForm.INTERNAL_NOTE, form.getInternalNote())
                .asMap();
    }
}
