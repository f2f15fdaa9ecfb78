package de.heidelberg.partnerportal.seed;

import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.contact.ContactKind;
import de.heidelberg.partnerportal.network.NetworkKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo content file ({@code seed/heidelberg.yaml}) as records. A translated text is a map from
 * language to text; references between items are slugs.
 */
record SeedContent(
        PageText overview,
        PageText networksIntro,
        List<Contact> contacts,
        List<City> cities,
        List<Network> networks,
        List<News> news,
        List<Programme> programmes) {

    record PageText(Map<String, String> title, Map<String, String> body) {}

    record Contact(
            String slug,
            String name,
            ContactKind kind,
            Map<String, String> office,
            String street,
            String postalCode,
            String city,
            String phone,
            Map<String, String> responsibilities,
            boolean active,
            List<Integer> seenIn) {}

    record City(
            String slug,
            Map<String, String> name,
            String country,
            Map<String, String> region,
            RelationType relation,
            RelationStatus status,
            String since,
            Map<String, String> sinceNote,
            double latitude,
            double longitude,
            Map<String, String> description,
            List<Focus> focusAreas,
            List<String> contacts) {}

    record Focus(Map<String, String> title, List<Map<String, String>> items) {}

    record Network(
            String slug,
            Map<String, String> name,
            NetworkKind kind,
            Map<String, String> size,
            Map<String, String> description,
            List<Role> roles,
            List<String> contacts) {}

    record Role(String from, String to, Map<String, String> role) {}

    record News(
            String slug,
            LocalDate date,
            int year,
            Map<String, String> title,
            Map<String, String> teaser,
            Map<String, String> body,
            Map<String, String> imageCaption,
            Map<String, String> imageAlt,
            List<String> cities,
            List<String> networks) {}

    record Programme(
            String slug,
            Map<String, String> title,
            Map<String, String> summary,
            Map<String, String> body,
            String since,
            List<String> contacts,
            List<String> cities) {}
}
