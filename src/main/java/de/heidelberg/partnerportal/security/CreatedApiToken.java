package de.heidelberg.partnerportal.security;

/**
 * A token just created: the token itself exists only here, to be shown once; the portal keeps its hash.
 */
public record CreatedApiToken(ApiTokenSummary summary, String token) {

    /** Without the token: a record that ends up in a log must not carry it. */
    @Override
    public String toString() {
        return "CreatedApiToken[" + summary + ", token=" + summary.prefix() + "…]";
    }
}
