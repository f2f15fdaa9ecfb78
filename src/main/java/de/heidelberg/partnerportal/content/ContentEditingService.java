package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.i18n.TranslationState;
import de.heidelberg.partnerportal.security.Role;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * How every content section is edited: its form from what is stored, checked saves that never
 * overwrite a newer version, translators who change their languages' texts and nothing else, the
 * trash and the translation work. A section says what its form and its checks are; every method
 * checks the caller's role itself, so a crafted request that reaches it is refused all the same.
 *
 * @param <E> the section's entity
 * @param <F> the section's form
 */
public abstract class ContentEditingService<E extends ContentEntity, F extends ContentForm>
        implements ContentEditing<F>, TrashCan, TranslationWork {

    private final ContentType type;
    private final ContentRepository<E> repository;
    protected final SupportedLanguages languages;
    private final ContentChanges changes;
    protected final Clock clock;
    /** The forms' Bean Validation constraints, checked again for a request that did not come through the form. */
    private final Validator validator;

    protected ContentEditingService(ContentType type, ContentRepository<E> repository, EditingSupport support) {
        this.type = type;
        this.repository = repository;
        this.languages = support.languages();
        this.changes = support.changes();
        this.clock = support.clock();
        this.validator = support.validator();
    }

    /** An empty form, for a new item and to fill from a stored one. */
    protected abstract F emptyForm();

    /** Fills a form with an item's own fields (the common ones are filled already). */
    protected abstract void fill(F form, E item);

    /** An item's own translated fields by the translation key of their name, in the order of the form. */
    protected abstract Map<FieldKey, @Nullable TranslatedText> texts(E item);

    /** The item's name in the reader's language, for lists. */
    protected abstract String title(E item, Reader reader);

    /** Checks the section's own fields; refuses with {@link ContentEditException}. */
    protected abstract void check(F form, String sourceLanguage);

    /** A new item from a checked form. */
    protected abstract E create(F form, String sourceLanguage);

    /** Takes a checked form over into a stored item. */
    protected abstract void apply(E item, F form, String sourceLanguage);

    @Override
    public ContentType type() {
        return type;
    }

    /**
     * A stored item as its editor's form starts: what is stored, in every language, with each text's
     * state. A translator who is not an editor gets no internal note.
     */
    @Override
    @PreAuthorize(ContentAccess.TRANSLATORS)
    @Transactional(readOnly = true)
    public Optional<F> edit(String slug) {
        if (!mayOpen()) {
            return Optional.empty();
        }
        return repository.findBySlug(slug).filter(found -> !found.isInTrash()).map(this::formForCurrentUser);
    }

    /** A new item's form: not yet published. */
    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    public F newItem() {
        requireNotFixed();
        return emptyForm();
    }

    /**
     * Saves an editor's form and returns the item's slug. Refused, with nothing saved, when a field
     * is not valid ({@link ContentEditException}), when someone saved the item after the form was
     * loaded ({@link StaleEditException}), or when a translator changed more than the texts of their
     * languages.
     */
    @Override
    @PreAuthorize(ContentAccess.TRANSLATORS)
    @Transactional
    public String save(F edit) {
        boolean editor = CurrentUser.isEditor();
        if (!editor && edit.isNew()) {
            throw new ContentEditException("edit.error.translator-only");
        }
        return store(edit, editor, ContentChanges.Action.SAVE);
    }

    /**
     * Saves a new item proposed by someone who may not edit the section (a visit request by city staff): the
     * same checks, history and index as an editor's save. The section's public method says who may call it.
     */
    protected final String saveProposal(F edit) {
        if (!edit.isNew()) {
            throw new ContentEditException("edit.error.translator-only");
        }
        return store(edit, true, ContentChanges.Action.PROPOSE);
    }

    private String store(F edit, boolean editor, ContentChanges.Action action) {
        String source = languages.source().getLanguage();
        check(edit, source);
        EditChecks.common(edit, source);
        validator.validate(edit).stream().findFirst().ifPresent(violation -> {
            throw new ContentEditException(
                    "edit.error.invalid", violation.getPropertyPath().toString(), violation.getMessage());
        });
        E item;
        if (edit.isNew()) {
            requireNotFixed();
            String slug = EditChecks.slug(edit.getSlug());
            if (repository.findBySlug(slug).isPresent()) {
                throw new ContentEditException("edit.error.slug-taken", slug);
            }
            edit.setSlug(slug);
            item = create(edit, source);
        } else {
            item = stored(edit.getId());
            item.checkEditedVersion(edit.getVersion());
            if (!editor) {
                onlyTranslations(item, edit);
                edit.setInternalNote(TextEdit.of(item.getInternalNote()));
            }
            apply(item, edit, source);
        }
        E saved = repository.save(item);
        // the version keeps the states the texts have now, so that taking it back later restores them too
        edit.setStates(states(saved));
        changes.record(saved, action, edit);
        return saved.getSlug();
    }

    /** Moves an item to the trash: readers and search no longer see it; an editor can restore it. */
    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void trash(long id, long editedVersion) {
        requireNotFixed();
        E found = stored(id);
        found.checkEditedVersion(editedVersion);
        found.moveToTrash(CurrentUser.username(), clock.instant());
        changes.record(found, ContentChanges.Action.TRASH, form(found));
    }

    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public List<TrashCan.TrashedItem> trashed(Reader reader) {
        return repository.findByDeletedAtIsNotNull().stream()
                .map(found -> new TrashCan.TrashedItem(
                        type,
                        found.getId(),
                        found.getSlug(),
                        title(found, reader),
                        found.getDeletedBy(),
                        found.getDeletedAt()))
                .toList();
    }

    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void restore(long id) {
        E found = repository
                .findById(id)
                .filter(ContentEntity::isInTrash)
                .orElseThrow(() -> new ContentEditException("edit.error.gone"));
        found.restoreFromTrash();
        changes.record(found, ContentChanges.Action.RESTORE, form(found));
    }

    /**
     * Every item with texts to translate or to bring up to date; for a translator only in their
     * languages, and without the internal note.
     */
    @Override
    @PreAuthorize(ContentAccess.TRANSLATORS)
    @Transactional(readOnly = true)
    public List<TranslationWork.Gap> gaps(Reader reader) {
        if (!mayOpen()) {
            return List.of();
        }
        boolean editor = CurrentUser.isEditor();
        Set<String> mine = CurrentUser.translationLanguages(languages);
        return repository.findAll().stream()
                .filter(item -> !item.isInTrash())
                .flatMap(item -> {
                    Map<FieldKey, @Nullable TranslatedText> fields = new LinkedHashMap<>(texts(item));
                    if (editor) {
                        fields.put(ContentForm.INTERNAL_NOTE, item.getInternalNote());
                    }
                    return TranslationWork.Gap.of(type, item.getSlug(), title(item, reader), fields, languages)
                            .stream();
                })
                .map(gap -> gap.onlyIn(mine))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The office's own records (visits, gifts) reach translators only when they are city staff too. */
    private boolean mayOpen() {
        return !type.staffOnly() || CurrentUser.has(Role.STAFF);
    }

    /** The items of a fixed set (the portal's own texts) are edited, never created or deleted. */
    private void requireNotFixed() {
        if (type.fixed()) {
            throw new ContentEditException("edit.error.fixed-page");
        }
    }

    private E stored(long id) {
        return repository
                .findById(id)
                .filter(found -> !found.isInTrash())
                .orElseThrow(() -> new ContentEditException("edit.error.gone"));
    }

    /** The stored item's form, with each text's state. */
    protected final F form(E item) {
        F form = emptyForm();
        form.takeStored(item);
        fill(form, item);
        form.setStates(states(item));
        return form;
    }

    private Map<String, Map<String, TranslationState>> states(E item) {
        Map<String, @Nullable TranslatedText> fields = new LinkedHashMap<>();
        texts(item).forEach((field, text) -> fields.put(field.key(), text));
        fields.put(ContentForm.INTERNAL_NOTE.key(), item.getInternalNote());
        return languages.states(fields);
    }

    private F formForCurrentUser(E item) {
        F form = form(item);
        if (!CurrentUser.isEditor()) {
            form.withoutInternalNote();
        }
        return form;
    }

    /** Refuses a translator's save that changes anything but the texts of their languages. */
    private void onlyTranslations(E item, F edit) {
        Set<String> mine = CurrentUser.translationLanguages(languages);
        F stored = form(item);
        stored.withoutInternalNote();
        if (!FormComparison.sameExcept(stored, edit, mine)) {
            throw new ContentEditException("edit.error.translator-scope");
        }
    }
}
