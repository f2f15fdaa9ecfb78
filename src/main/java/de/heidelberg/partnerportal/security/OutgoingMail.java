package de.heidelberg.partnerportal.security;

import java.util.Locale;

/**
 * A plain-text mail to one person.
 *
 * @param secret the part of the text only the recipient may read (a single-use link): once the mail is sent, the
 *     outbox keeps the text without it
 */
public record OutgoingMail(String recipient, String subject, String text, Locale language, String secret) {}
