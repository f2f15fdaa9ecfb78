/** Views of contacts: the list, a contact's page and its editor. */
@NullMarked
package de.heidelberg.partnerportal.contact.ui;

import org.jspecify.annotations.NullMarked;
