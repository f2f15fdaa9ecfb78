package de.heidelberg.partnerportal.security;

/** The outcome of checking a presented token: accepted with an authentication, or refused with a reason. */
sealed interface ApiTokenCheck {

    record Accepted(ApiTokenAuthentication authentication) implements ApiTokenCheck {}

    /** Refused; the reason is a translation key. */
    record Refused(String messageKey) implements ApiTokenCheck {}
}
