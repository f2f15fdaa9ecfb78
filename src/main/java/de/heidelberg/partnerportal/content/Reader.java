package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reads content, as far as content cares: in which language (with the source language to fall
 * back to), whether they may see internal fields (city staff and up; never partner-city colleagues)
 * and unpublished items (editors and up).
 */
public record Reader(Locale locale, Locale source, boolean seesInternal, boolean seesUnpublished) {

    /**
     * Rights are never more than the signed-in user has: a reader built with more (by mistake or on
     * purpose) gets the user's rights, so services can trust it.
     */
    public Reader {
        Set<String> authorities = currentAuthorities();
        seesInternal = seesInternal && authorities.contains("ROLE_STAFF");
        seesUnpublished = seesUnpublished && authorities.contains("ROLE_EDITOR");
    }

    /** The same reader for output that others keep (feeds): published items only. */
    public Reader publishedOnly() {
        return new Reader(locale, source, seesInternal, false);
    }

    static Set<String> currentAuthorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    /**
     * Whether the reader may see this item now: never in the trash; a draft, or an item outside its
     * publishing period, only editors.
     */
    public boolean mayRead(ContentEntity item) {
        return !item.isInTrash() && (seesUnpublished || item.isLiveAt(Instant.now()));
    }

    /** A translated field in the reader's language, the source text standing in where it is missing. */
    public LocalizedText text(TranslatedText text) {
        return text == null ? LocalizedText.EMPTY : text.in(locale, source);
    }

    /** An internal field: empty for readers who may not see internal fields. */
    public LocalizedText internal(TranslatedText text) {
        return seesInternal ? text(text) : LocalizedText.EMPTY;
    }
}
