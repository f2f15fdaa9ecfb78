package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.TranslatedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What every content item has: an id, a stable slug for its address, an internal note for city staff
 * only, a published flag and a version that refuses stale saves.
 */
@MappedSuperclass
public abstract class ContentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 150)
    private String slug;

    // an editor who empties the note removes its texts too
    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "internal_note_id")
    private @Nullable TranslatedText internalNote;

    @Column(nullable = false)
    private boolean published = true;

    @Version
    private long version;

    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    @Column(name = "changed_by", length = 100)
    private @Nullable String changedBy;

    @Column(name = "publish_from")
    private @Nullable Instant publishFrom;

    @Column(name = "publish_until")
    private @Nullable Instant publishUntil;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by", length = 100)
    private @Nullable String deletedBy;

    protected ContentEntity() {}

    protected ContentEntity(String slug) {
        this.slug = slug;
    }

    /** What kind of content this is; the search index and links use it. */
    public abstract ContentType contentType();

    /** The title the search shows and weighs most; null when it is not translated (see {@link #searchPlainTitle}). */
    public abstract @Nullable TranslatedText searchTitle();

    /** A title that is the same in every language, such as a person's name. */
    public @Nullable String searchPlainTitle() {
        return null;
    }

    /** The other texts the search looks into (teaser, body, description, …), internal notes excluded. */
    public abstract List<TranslatedText> searchTexts();

    /**
     * Facts that read the same in every language (names, places) as one text in each language {@code like} has, for
     * the search index only (never stored): staff find a visit by a guest's name. Empty when there are none.
     */
    protected static List<TranslatedText> sameInEveryLanguage(TranslatedText like, Stream<@Nullable String> facts) {
        String text = facts.filter(fact -> fact != null && !fact.isBlank()).collect(Collectors.joining("\n"));
        Map<String, String> byLanguage =
                like.texts().keySet().stream().collect(Collectors.toMap(language -> language, language -> text));
        return text.isEmpty() || byLanguage.isEmpty()
                ? List.of()
                : List.of(TranslatedText.of(byLanguage.keySet().iterator().next(), byLanguage));
    }

    /** The year to facet and sort on, if the item has one. */
    public @Nullable Integer searchYear() {
        return null;
    }

    /** The country (ISO code) to facet on, if the item has one. */
    public @Nullable String searchCountry() {
        return null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public @Nullable TranslatedText getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(@Nullable TranslatedText internalNote) {
        this.internalNote = internalNote;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getChangedBy() {
        return changedBy;
    }

    /**
     * Refuses a save based on an older version than the stored one: someone else saved in between.
     */
    public void checkEditedVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new StaleEditException(changedBy, changedAt);
        }
    }

    /** Records who saved the item and when; this also raises its version. */
    void markChanged(String username, Instant when) {
        this.changedBy = username;
        this.changedAt = when;
    }

    /** Published, and within its publishing period if it has one: what readers may see at that moment. */
    public boolean isLiveAt(Instant now) {
        return published
                && (publishFrom == null || !now.isBefore(publishFrom))
                && (publishUntil == null || now.isBefore(publishUntil));
    }

    public @Nullable Instant getPublishFrom() {
        return publishFrom;
    }

    public @Nullable Instant getPublishUntil() {
        return publishUntil;
    }

    /**
     * Takes over what every editor form has: published or draft, the publishing period, the internal
     * note. The service has checked the form.
     */
    protected void applyForm(ContentForm form, String sourceLanguage) {
        this.published = form.isPublished();
        this.publishFrom = form.publishFromInstant();
        this.publishUntil = form.publishUntilInstant();
        this.internalNote = TranslatedText.edit(internalNote, sourceLanguage, form.getInternalNote());
    }

    /** Deleted in the browser: out of readers' sight and out of the index until an editor restores it. */
    public boolean isInTrash() {
        return deletedAt != null;
    }

    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }

    public @Nullable String getDeletedBy() {
        return deletedBy;
    }

    public void moveToTrash(String username, Instant when) {
        this.deletedAt = when;
        this.deletedBy = username;
    }

    public void restoreFromTrash() {
        this.deletedAt = null;
        this.deletedBy = null;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
