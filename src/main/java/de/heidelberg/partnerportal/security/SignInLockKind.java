package de.heidelberg.partnerportal.security;

/** What a sign-in lock holds back: a username (whether the account exists or not), or a client address. */
public enum SignInLockKind {
    ACCOUNT,
    ADDRESS;

    /** The translation key of its name. */
    public String labelKey() {
        return "sign-in.kind." + name();
    }
}
