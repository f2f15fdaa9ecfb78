package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who reads content, as far as content cares: in which language (with the source language to fall
 * back to), whether they may see internal fields (city staff and up; never partner-city colleagues)
 * and unpublished items (editors and up), and the clock that says what is published now.
 *
 * <p>Only {@link Readers} makes readers, from the signed-in user's roles; anyone else can only take
 * rights away ({@link #publishedOnly()}, {@link #asPartner()}), so services can trust a reader they
 * are handed.
 */
public final class Reader {

    private final Locale locale;
    private final Locale source;
    private final boolean seesInternal;
    private final boolean seesUnpublished;
    private final Clock clock;

    Reader(Locale locale, Locale source, boolean seesInternal, boolean seesUnpublished, Clock clock) {
        this.locale = locale;
        this.source = source;
        this.seesInternal = seesInternal;
        this.seesUnpublished = seesUnpublished;
        this.clock = clock;
    }

    public Locale locale() {
        return locale;
    }

    public Locale source() {
        return source;
    }

    public boolean seesInternal() {
        return seesInternal;
    }

    public boolean seesUnpublished() {
        return seesUnpublished;
    }

    /** The same reader for output that others keep (feeds): published items only. */
    public Reader publishedOnly() {
        return new Reader(locale, source, seesInternal, false, clock);
    }

    /** The same reader with a partner-city colleague's rights: published items, no internal fields. */
    public Reader asPartner() {
        return new Reader(locale, source, false, false, clock);
    }

    /**
     * Whether the reader may see this item now: never in the trash; a draft, or an item outside its
     * publishing period, only editors.
     */
    public boolean mayRead(ContentEntity item) {
        return !item.isInTrash() && (seesUnpublished || item.isLiveAt(clock.instant()));
    }

    /** A translated field in the reader's language, the source text standing in where it is missing. */
    public LocalizedText text(@Nullable TranslatedText text) {
        return text == null ? LocalizedText.EMPTY : text.in(locale, source);
    }

    /** An internal field: empty for readers who may not see internal fields. */
    public LocalizedText internal(@Nullable TranslatedText text) {
        return seesInternal ? text(text) : LocalizedText.EMPTY;
    }

    @Override
    public String toString() {
        return "Reader[" + locale + ", internal=" + seesInternal + ", unpublished=" + seesUnpublished + "]";
    }
}
