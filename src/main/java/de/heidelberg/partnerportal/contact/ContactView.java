package de.heidelberg.partnerportal.contact;

import de.heidelberg.partnerportal.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A contact as one reader gets it. {@code internalNote} is empty for readers who may not see
 * internal fields.
 */
public record ContactView(
        Long id,
        String slug,
        ContactKind kind,
        String name,
        LocalizedText office,
        LocalizedText responsibilities,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String phone,
        @Nullable String email,
        boolean active,
        LocalizedText internalNote) {

    /** The address in one line per part, without empty parts. */
    public String postalAddress() {
        StringBuilder address = new StringBuilder();
        if (street != null && !street.isBlank()) {
            address.append(street);
        }
        String place = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        if (!place.isEmpty()) {
            address.append(address.isEmpty() ? "" : ", ").append(place);
        }
        return address.toString();
    }
}
