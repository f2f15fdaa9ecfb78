package de.heidelberg.partnerportal.security;

/** Where an account's password and roles come from. */
public enum AccountSource {
    /** Created in the user administration (partner-city colleagues, emergencies): password and roles kept here. */
    LOCAL,
    /** Signs in with the city's directory (LDAP): password there, roles from its groups at every sign-in. */
    DIRECTORY;

    /** The translation key of the source's name. */
    public String labelKey() {
        return "ldap.source." + name();
    }
}
