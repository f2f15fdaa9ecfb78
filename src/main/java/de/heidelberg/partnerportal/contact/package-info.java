/** Contacts (people and offices), stored once and referenced from cities, networks and programmes. */
@NullMarked
package de.heidelberg.partnerportal.contact;

import org.jspecify.annotations.NullMarked;
