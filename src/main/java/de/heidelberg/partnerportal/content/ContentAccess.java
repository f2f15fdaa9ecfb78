package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.security.Role;

/** Who may call content services, for {@code @PreAuthorize}: every service checks again. */
public final class ContentAccess {

    /** City staff (and editors, administrators) and partner-city colleagues. */
    public static final String READERS = "hasAnyRole('" + Role.Names.STAFF + "', '" + Role.Names.PARTNER + "')";

    /** City staff (and editors, administrators): the office's own records; never partner-city colleagues. */
    public static final String STAFF = "hasRole('" + Role.Names.STAFF + "')";

    /** Editors and administrators. */
    public static final String EDITORS = "hasRole('" + Role.Names.EDITOR + "')";

    /** Editors and translators: translators change the texts of their languages, and nothing else. */
    public static final String TRANSLATORS = "hasAnyRole('" + Role.Names.EDITOR + "', '" + Role.Names.TRANSLATOR + "')";

    /** Administrators only. */
    public static final String ADMINS = "hasRole('" + Role.Names.ADMIN + "')";

    private ContentAccess() {}
}
