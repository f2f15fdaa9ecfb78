package de.heidelberg.partnerportal.security;

/** Whether a token is accepted now. */
public enum ApiTokenState {
    ACTIVE,
    EXPIRED,
    REVOKED;

    /** The translation key of the state's name. */
    public String labelKey() {
        return "tokens.state." + name();
    }
}
