package de.heidelberg.partnerportal.security;

import java.util.Locale;

/** What a single-use link opens: the account whose password it sets, or why it does not work. */
public sealed interface LinkCheck {

    /** The link works; the page shows the account's username and name, in the account's language. */
    record Valid(LinkPurpose purpose, String username, String displayName, Locale language) implements LinkCheck {}

    /** The link does not work (unknown, expired, used, replaced by a newer one); the reason as a translation key. */
    record Refused(String reasonKey) implements LinkCheck {}
}
