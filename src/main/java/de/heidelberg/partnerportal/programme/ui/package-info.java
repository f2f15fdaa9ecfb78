/** Views of programmes: the list, a programme's page and its editor. */
@NullMarked
package de.heidelberg.partnerportal.programme.ui;

import org.jspecify.annotations.NullMarked;
