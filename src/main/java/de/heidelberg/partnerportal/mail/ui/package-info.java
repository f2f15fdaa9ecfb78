/** The outbox view for administrators. */
@NullMarked
package de.heidelberg.partnerportal.mail.ui;

import org.jspecify.annotations.NullMarked;
