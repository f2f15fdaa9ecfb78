/** Every saved version of every content item, kept from the content changes; the audit log. */
@NullMarked
package de.heidelberg.partnerportal.history;

import org.jspecify.annotations.NullMarked;
