package de.heidelberg.partnerportal.contact;

import java.util.Map;

/** A contact to create; translated fields as text per language. */
public record NewContact(
        String slug,
        ContactKind kind,
        String name,
        Map<String, String> office,
        Map<String, String> responsibilities,
        String street,
        String postalCode,
        String city,
        String phone,
        String email,
        boolean active) {}
