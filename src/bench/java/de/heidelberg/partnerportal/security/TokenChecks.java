package de.heidelberg.partnerportal.security;

/** For benchmarks: the per-request token check alone, which is not public. */
public final class TokenChecks {

    private TokenChecks() {}

    /** Checks the token as the API's filter does (hash, one lookup); throws when it is refused. */
    public static void check(ApiTokenService tokens, String token) {
        if (!(tokens.check(token) instanceof ApiTokenCheck.Accepted)) {
            throw new IllegalStateException("The token was refused");
        }
    }
}
