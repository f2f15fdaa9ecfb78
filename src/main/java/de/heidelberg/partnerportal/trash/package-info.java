/** The one trash of all content: deleted items, restorable by editors. */
@NullMarked
package de.heidelberg.partnerportal.trash;

import org.jspecify.annotations.NullMarked;
