/** Loads the demo content (Heidelberg) into an empty database, once. */
@NullMarked
package de.heidelberg.partnerportal.seed;

import org.jspecify.annotations.NullMarked;
