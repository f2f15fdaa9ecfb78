package de.heidelberg.partnerportal.seed;

import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.contact.ContactKind;
import de.heidelberg.partnerportal.network.NetworkKind;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitKind;
import de.heidelberg.partnerportal.visit.VisitState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
        List<Programme> programmes,
        @Nullable List<Visit> visits) {

    record PageText(Map<String, String> title, Map<String, String> body) {}

    record Contact(
            String slug,
            String name,
            ContactKind kind,
            Map<String, String> office,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String phone,
            @Nullable Map<String, String> responsibilities,
            boolean active,
            List<Integer> seenIn) {}

    record City(
            String slug,
            Map<String, String> name,
            String country,
            @Nullable Map<String, String> region,
            RelationType relation,
            RelationStatus status,
            @Nullable String since,
            @Nullable Map<String, String> sinceNote,
            double latitude,
            double longitude,
            Map<String, String> description,
            @Nullable List<Focus> focusAreas,
            @Nullable List<String> contacts) {}

    record Focus(Map<String, String> title, List<Map<String, String>> items) {}

    record Network(
            String slug,
            Map<String, String> name,
            NetworkKind kind,
            @Nullable Map<String, String> size,
            Map<String, String> description,
            @Nullable List<Role> roles,
            @Nullable List<String> contacts) {}

    record Role(String from, @Nullable String to, Map<String, String> role) {}

    record News(
            String slug,
            @Nullable LocalDate date,
            int year,
            Map<String, String> title,
            Map<String, String> teaser,
            Map<String, String> body,
            @Nullable Map<String, String> imageCaption,
            @Nullable Map<String, String> imageAlt,
            @Nullable List<String> cities,
            @Nullable List<String> networks) {}

    record Visit(
            String slug,
            Map<String, String> title,
            @Nullable Map<String, String> purpose,
            VisitKind kind,
            VisitDirection direction,
            VisitState state,
            LocalDate start,
            @Nullable LocalDate end,
            @Nullable String place,
            @Nullable String city,
            @Nullable String network,
            @Nullable List<Person> people,
            @Nullable GoldenBook goldenBook,
            @Nullable List<String> news) {}

    record Person(
            String name,
            @Nullable String function,
            @Nullable String city,
            @Nullable String country) {}

    record GoldenBook(LocalDate date, String signers) {}

    record Programme(
            String slug,
            Map<String, String> title,
            Map<String, String> summary,
            Map<String, String> body,
            @Nullable String since,
            @Nullable List<String> contacts,
            @Nullable List<String> cities) {}
}
