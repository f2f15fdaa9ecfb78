/** Views of the gifts: the list, a gift's page and its editor. */
@NullMarked
package de.heidelberg.partnerportal.gift.ui;

import org.jspecify.annotations.NullMarked;
