package de.heidelberg.partnerportal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's own settings ({@code portal.*}, overridable by environment variables such as
 * {@code PORTAL_DATA_DIR}).
 *
 * @param dataDir where the embedded database and the search index live
 * @param demo whether demo accounts and demo content are loaded into an empty database
 * @param languages the content and UI languages; the first one is the source language
 * @param homeCity the city whose office runs the portal (distances are measured from it)
 * @param initialAdminPassword the password of the first administrator when the database has none
 *     (required outside demo mode)
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue({"de", "en", "fr"}) @NotEmpty List<String> languages,
        @DefaultValue @Valid HomeCity homeCity,
        @Nullable String initialAdminPassword) {

    /** The home city and its coordinates in decimal degrees. */
    public record HomeCity(
            @DefaultValue("Heidelberg") String name,
            @DefaultValue("49.4122") double latitude,
            @DefaultValue("8.7100") double longitude) {}
}
