package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.i18n.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A network as one reader gets it; {@code internalNote} is empty for partner-city readers. */
public record NetworkView(
        Long id,
        String slug,
        LocalizedText name,
        NetworkKind kind,
        LocalizedText size,
        LocalizedText description,
        List<RoleView> roles,
        List<Long> contactIds,
        LocalizedText internalNote) {

    /** A role for a period; {@code to} is null while it lasts. */
    public record RoleView(String from, @Nullable String to, LocalizedText role) {}
}
