package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.content.ContentType;
import java.util.Optional;

/**
 * The names of the kinds of content on the wire: in the REST contract, the search page's addresses
 * ({@code ?type=partner-city}) and its facet counts. Fixed here, so renaming an enum constant never
 * changes the contract.
 */
public final class ContentTypeNames {

    private ContentTypeNames() {}

    /** The kind as the REST contract names it. */
    public static String apiName(ContentType type) {
        return switch (type) {
            case PARTNER_CITY -> "partner-city";
            case NETWORK -> "network";
            case CONTACT -> "contact";
            case NEWS -> "news";
            case PROGRAMME -> "programme";
            case PAGE -> "page";
            case VISIT -> "visit";
            case GIFT -> "gift";
        };
    }

    /** The searchable kind for a name of the REST contract. */
    public static Optional<ContentType> typeOf(String apiName) {
        for (ContentType type : ContentType.values()) {
            if (type.searchable() && apiName(type).equals(apiName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
