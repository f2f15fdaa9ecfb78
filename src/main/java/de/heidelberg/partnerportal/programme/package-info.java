/** Programmes: standing topics such as the summer school or the funding programme. */
@NullMarked
package de.heidelberg.partnerportal.programme;

import org.jspecify.annotations.NullMarked;
