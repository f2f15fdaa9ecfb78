package de.heidelberg.partnerportal.contact;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A contact to create; translated fields as text per language. */
public record NewContact(
        String slug,
        ContactKind kind,
        String name,
        Map<String, String> office,
        @Nullable Map<String, String> responsibilities,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String phone,
        @Nullable String email,
        boolean active) {}
