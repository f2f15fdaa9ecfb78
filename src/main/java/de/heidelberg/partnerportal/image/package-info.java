/** Images of content items, kept in the database and checked by their bytes. */
@NullMarked
package de.heidelberg.partnerportal.image;

import org.jspecify.annotations.NullMarked;
