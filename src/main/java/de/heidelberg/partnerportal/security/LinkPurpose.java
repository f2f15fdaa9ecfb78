package de.heidelberg.partnerportal.security;

/** What a single-use link in a mail is for. */
public enum LinkPurpose {
    /** An invited partner colleague chooses their first password. */
    INVITATION,
    /** Someone who forgot their password chooses a new one. */
    PASSWORD_RESET
}
