package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslationState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every content item's editor form holds besides its own fields: the version it was loaded at
 * (a save based on an older one is refused), the address, published or draft, the publishing period
 * (in the portal's time zone), the internal note and each translated field's stored states. The
 * section's service fills id, version and states; the editor the rest.
 */
public abstract class ContentForm {

    /** The fields every form has. */
    public static final FieldKey SLUG = new FieldKey("edit.field.slug");

    public static final FieldKey PUBLISHED = new FieldKey("edit.field.published");
    public static final FieldKey PUBLISH_FROM = new FieldKey("edit.field.publish-from");
    public static final FieldKey PUBLISH_UNTIL = new FieldKey("edit.field.publish-until");
    public static final FieldKey INTERNAL_NOTE = new FieldKey("content.internal");
    /** The linked contacts, in the forms that have them. */
    public static final FieldKey CONTACTS = new FieldKey("content.contacts");

    private @Nullable Long id;
    private long version;

    @NotBlank
    @Size(max = EditChecks.SLUG_LENGTH)
    private String slug = "";

    private boolean published;
    private @Nullable LocalDateTime publishFrom;
    private @Nullable LocalDateTime publishUntil;
    private TextEdit internalNote = TextEdit.EMPTY;
    private Map<String, Map<String, TranslationState>> states = Map.of();

    /** A copy, for a save attempt that must leave this form as it was loaded. */
    public abstract ContentForm copy();

    /** A new item: nothing stored yet. */
    public boolean isNew() {
        return id == null;
    }

    /** Starts the form from what is stored for these fields. */
    public void takeStored(ContentEntity item) {
        id = item.getId();
        version = item.getVersion();
        slug = item.getSlug();
        published = item.isPublished();
        publishFrom = local(item.getPublishFrom());
        publishUntil = local(item.getPublishUntil());
        internalNote = TextEdit.of(item.getInternalNote());
    }

    @Nullable
    Instant publishFromInstant() {
        return instant(publishFrom);
    }

    @Nullable
    Instant publishUntilInstant() {
        return instant(publishUntil);
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, LocalizedFormats.ZONE);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(LocalizedFormats.ZONE).toInstant();
    }

    /** Copies these fields into a copy of the form. */
    protected void copyInto(ContentForm copy) {
        copy.id = id;
        copy.version = version;
        copy.slug = slug;
        copy.published = published;
        copy.publishFrom = publishFrom;
        copy.publishUntil = publishUntil;
        copy.internalNote = internalNote;
        copy.states = states;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public @Nullable LocalDateTime getPublishFrom() {
        return publishFrom;
    }

    public void setPublishFrom(@Nullable LocalDateTime publishFrom) {
        this.publishFrom = publishFrom;
    }

    public @Nullable LocalDateTime getPublishUntil() {
        return publishUntil;
    }

    public void setPublishUntil(@Nullable LocalDateTime publishUntil) {
        this.publishUntil = publishUntil;
    }

    public TextEdit getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(TextEdit internalNote) {
        this.internalNote = internalNote;
    }

    /** Leaves the internal note out, for a translator who is not city staff. */
    void withoutInternalNote() {
        internalNote = TextEdit.EMPTY;
        Map<String, Map<String, TranslationState>> others = new LinkedHashMap<>(states);
        others.remove(INTERNAL_NOTE.key());
        states = Map.copyOf(others);
    }

    /** Per field (by the translation key of its name), each language's stored state (missing, outdated, up to date). */
    public Map<String, Map<String, TranslationState>> getStates() {
        return states;
    }

    /** A field's stored state per language; empty when it has no text. */
    public Map<String, TranslationState> states(FieldKey field) {
        return states.getOrDefault(field.key(), Map.of());
    }

    public void setStates(Map<String, Map<String, TranslationState>> states) {
        this.states = Map.copyOf(states);
    }
}
