/**
 * The portal's mails: sent through the configured SMTP server (Spring's JavaMailSender), or kept unsent in
 * demo mode, and every one recorded in the outbox that administrators read at {@code /admin/outbox}.
 */
@NullMarked
package de.heidelberg.partnerportal.mail;

import org.jspecify.annotations.NullMarked;
