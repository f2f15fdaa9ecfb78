package de.heidelberg.partnerportal.network;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A network to create; translated fields as text per language. */
public record NewNetwork(
        String slug,
        Map<String, String> name,
        NetworkKind kind,
        @Nullable Map<String, String> size,
        Map<String, String> description,
        List<Role> roles,
        List<Long> contactIds) {

    /** The city's role for a period: "YYYY" or "YYYY-MM"; {@code to} null while it lasts. */
    public record Role(String from, @Nullable String to, Map<String, String> role) {}
}
