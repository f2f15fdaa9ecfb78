package de.heidelberg.partnerportal.content;

/** Who may call content services, for {@code @PreAuthorize}: every service checks again. */
public final class ContentAccess {

    /** City staff (and editors, administrators) and partner-city colleagues. */
    public static final String READERS = "hasAnyRole('STAFF', 'PARTNER')";

    /** Editors and administrators. */
    public static final String EDITORS = "hasRole('EDITOR')";

    /** Editors and translators: translators change the texts of their languages, and nothing else. */
    public static final String TRANSLATORS = "hasAnyRole('EDITOR', 'TRANSLATOR')";

    private ContentAccess() {}
}
