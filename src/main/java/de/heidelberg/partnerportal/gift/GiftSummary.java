package de.heidelberg.partnerportal.gift;

import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A gift as lists and pages show it, in the reader's language. */
public record GiftSummary(
        Long id,
        String slug,
        LocalizedText description,
        GiftDirection direction,
        LocalDate date,
        String giver,
        String receiver,
        @Nullable String occasion,
        @Nullable String keptAt,
        @Nullable ContentLink city,
        @Nullable ContentLink visit,
        @Nullable Long imageId,
        LocalizedText internalNote) {

    public String url() {
        return GiftService.TYPE.path() + "/" + slug;
    }
}
